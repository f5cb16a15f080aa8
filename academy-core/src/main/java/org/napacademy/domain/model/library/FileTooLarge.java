package org.napacademy.domain.model.library;

/** The file is larger than the library accepts. */
public class FileTooLarge extends FileRefused {
    public FileTooLarge(long maxBytes) {
        super("The file is larger than the " + maxBytes + " bytes (" + (maxBytes / (1024 * 1024)) + " MB) a resource may have");
    }
}
