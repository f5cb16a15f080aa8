package org.napacademy.interfaces.imports;

/**
 * How much an import file may hold: {@code maxBytes} as uploaded, {@code maxRows} data rows, and for XLSX
 * (a zip) at most {@code maxUncompressedBytes} unpacked and at most {@code maxCompressionRatio} times its size.
 */
public record ImportLimits(long maxBytes, long maxRows, long maxUncompressedBytes, long maxCompressionRatio) {
    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 50_000, 200L * 1024 * 1024, 100);

    public ImportLimits {
        if (maxBytes < 1 || maxRows < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1)
            throw new IllegalArgumentException("import limits must be positive");
    }

    public String maxSize() { return megabytes(maxBytes); }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
    }
}
