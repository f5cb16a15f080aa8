package org.napacademy.domain.model.library;

/**
 * An uploaded file the library will not keep: a malformed input, so an IllegalArgumentException, whose two
 * kinds (too large, of an unknown type) the interfaces answer apart.
 */
public abstract class FileRefused extends IllegalArgumentException {
    protected FileRefused(String message) { super(message); }
}
