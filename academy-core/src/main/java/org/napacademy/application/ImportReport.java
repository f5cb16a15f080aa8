package org.napacademy.application;

import java.util.List;

/**
 * What an import found or did. {@code rowsValid} rows create something, {@code rowsSkipped} are already
 * there (an actual exported from the same roadmap) or not imported (targets); {@code errors} holds the first
 * {@link #MAX_ERRORS} of {@code errorCount} errors; {@code sample} the first rows to be created;
 * {@code applied} is true once the rows are stored.
 */
public record ImportReport(long rowsRead, long rowsValid, long rowsSkipped, List<RowError> errors, long errorCount,
                           List<ImportPreviewRow> sample, boolean applied) {
    public static final int MAX_ERRORS = 1000;
    public static final int SAMPLE_SIZE = 20;

    public ImportReport {
        errors = List.copyOf(errors);
        sample = List.copyOf(sample);
    }

    public boolean hasErrors() { return errorCount > 0; }
}
