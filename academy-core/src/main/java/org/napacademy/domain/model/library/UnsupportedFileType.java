package org.napacademy.domain.model.library;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The file's bytes are none of the document types the library keeps. */
public class UnsupportedFileType extends FileRefused {
    public UnsupportedFileType() {
        super("The file is not one of the document types the library keeps: "
                + Arrays.stream(FileType.values()).map(FileType::extension).collect(Collectors.joining(", ")));
    }
}
