package org.napacademy.interfaces.ui.library;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An upload of one file kept in memory, never more than {@code maxBytes}: the browser refuses larger files
 * before sending them, and the server stops reading one byte past the limit whatever a client sends. The file
 * reaches {@code received} with the UI locked; a file over the limit arrives as null content.
 */
class BoundedUpload extends Upload {

    BoundedUpload(long maxBytes, BiConsumer<String, byte[]> received) {
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".png", ".jpg", ".jpeg");
        setUploadHandler(handler(maxBytes, received));
    }

    private static UploadHandler handler(long maxBytes, BiConsumer<String, byte[]> received) {
        return (UploadEvent event) -> {
            var content = readAtMost(event.getInputStream(), maxBytes);
            var fileName = event.getFileName();
            event.getUI().access(() -> received.accept(fileName, content));
        };
    }

    /** The bytes, or null when there are more than {@code maxBytes}. */
    static byte[] readAtMost(InputStream input, long maxBytes) throws IOException {
        try (input) {
            var bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }
}
