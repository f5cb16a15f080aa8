package org.napacademy.interfaces.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.napacademy.application.ImportRefused;
import org.napacademy.interfaces.export.XlsxWriter;

/** The two formats an import reads, by their media types; the content must be what the type declares. */
public enum ImportFormat {
    CSV("text/csv", ".csv"),
    XLSX(XlsxWriter.MEDIA_TYPE, ".xlsx");

    private static final int SNIFF = 8192;
    private final String mediaType;
    private final String extension;

    ImportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() { return mediaType; }

    public String extension() { return extension; }

    /** By a Content-Type such as {@code text/csv; charset=UTF-8}; anything else is refused as the wrong type. */
    public static ImportFormat declared(String contentType) {
        var type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (var format : values()) if (format.mediaType.equals(type)) return format;
        throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE, "Import files are CSV (text/csv) or XLSX ("
                + XLSX.mediaType + "), not " + (type.isEmpty() ? "a file without a type" : type));
    }

    /** By a file name's extension, for uploads whose browser-given type is unreliable. */
    public static ImportFormat ofFileName(String fileName) {
        var name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (var format : values()) if (name.endsWith(format.extension)) return format;
        throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE, "Import files are .csv or .xlsx, not " + fileName);
    }

    /** An XLSX is a zip (PK..); a CSV is text: neither a zip nor an old Excel file, and no NUL bytes. */
    void requireContentOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        } catch (IOException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "The file could not be read");
        }
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        boolean binary = zip || ole2;
        for (int i = 0; !binary && i < head.length; i++) binary = head[i] == 0;
        if (this == XLSX && !zip)
            throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE, "The file is declared as XLSX but is not an XLSX workbook"
                    + (ole2 ? " (an old .xls file: save it as .xlsx)" : ""));
        if (this == CSV && binary)
            throw new ImportRefused(ImportRefused.Reason.WRONG_TYPE, "The file is declared as CSV but is not text"
                    + (zip ? " (it looks like an XLSX workbook: upload it as XLSX)" : ""));
    }
}
