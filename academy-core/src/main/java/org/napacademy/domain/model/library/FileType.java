package org.napacademy.domain.model.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The document types a library keeps, recognised from their bytes (the magic number, and for the zip-based
 * office formats the entries inside), never from what the uploading client claims.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    /** A real document has a few hundred entries at most; more is a zip bomb's shape, not a document's. */
    private static final int MAX_ZIP_ENTRIES = 5000;

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() { return mediaType; }

    /** The file name ending the type is saved with, without the dot. */
    public String extension() { return extension; }

    /** The type the bytes are, if the library keeps that type. */
    public static Optional<FileType> sniff(byte[] bytes) {
        if (bytes == null) return Optional.empty();
        if (startsWith(bytes, PDF_MAGIC)) return Optional.of(PDF);
        if (startsWith(bytes, PNG_MAGIC)) return Optional.of(PNG);
        if (startsWith(bytes, JPEG_MAGIC)) return Optional.of(JPEG);
        if (startsWith(bytes, ZIP_MAGIC)) return officeDocument(bytes);
        return Optional.empty();
    }

    /**
     * OpenDocument files name their type in a first entry "mimetype"; Office Open XML files hold
     * "[Content_Types].xml" and their main part in word/, xl/ or ppt/. Any other zip is refused.
     */
    private static Optional<FileType> officeDocument(byte[] bytes) {
        boolean contentTypes = false;
        FileType openXml = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (var entry = zip.getNextEntry(); entry != null && entries < MAX_ZIP_ENTRIES; entry = zip.getNextEntry(), entries++) {
                var name = entry.getName();
                if (entries == 0 && name.equals("mimetype"))
                    return openDocument(new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim());
                if (name.equals("[Content_Types].xml")) contentTypes = true;
                else if (openXml == null) openXml = openXmlPart(name);
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(openXml) : Optional.empty();
    }

    private static Optional<FileType> openDocument(String declared) {
        return Arrays.stream(new FileType[] {ODT, ODS, ODP}).filter(type -> type.mediaType.equals(declared)).findFirst();
    }

    private static FileType openXmlPart(String entryName) {
        if (entryName.startsWith("word/")) return DOCX;
        if (entryName.startsWith("xl/")) return XLSX;
        if (entryName.startsWith("ppt/")) return PPTX;
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
