package org.napacademy.interfaces.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.napacademy.application.ImportRefused;

/**
 * An upload copied to a temporary file, stopping at the size limit, so it can be checked (type, zip sizes)
 * and then streamed; the copy is deleted on close.
 */
public final class UploadSpool implements AutoCloseable {
    private final Path file;

    private UploadSpool(Path file) { this.file = file; }

    public static UploadSpool of(InputStream upload, ImportLimits limits) {
        Path file = null;
        try {
            file = Files.createTempFile("academy-import-", ".upload");
            long copied = 0;
            var buffer = new byte[64 * 1024];
            try (var out = Files.newOutputStream(file)) {
                for (int n; (n = upload.read(buffer)) > 0; ) {
                    copied += n;
                    if (copied > limits.maxBytes()) {
                        discardRest(upload, limits);
                        throw tooLarge(limits);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new UploadSpool(file);
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new UncheckedIOException("The upload could not be stored", (IOException) e);
        }
    }

    public static ImportRefused tooLarge(ImportLimits limits) {
        return new ImportRefused(ImportRefused.Reason.TOO_LARGE, "The file is larger than " + limits.maxSize()
                + ", the most an import takes");
    }

    /**
     * Reads what is left of a too large upload into nothing (up to ten times the limit), so the client that
     * is still sending gets the refusal instead of a broken connection.
     */
    private static void discardRest(InputStream upload, ImportLimits limits) throws IOException {
        long budget = limits.maxBytes() * 10;
        var buffer = new byte[64 * 1024];
        for (int n; budget > 0 && (n = upload.read(buffer)) > 0; ) budget -= n;
    }

    public Path file() { return file; }

    @Override public void close() { delete(file); }

    private static void delete(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
