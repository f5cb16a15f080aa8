package org.napacademy.application;

import java.util.ArrayList;
import java.util.List;

/** Counts of an import run, its first errors and its first rows to be created; nothing else of the file is kept. */
final class ImportTally {
    private final ImportSource<?> source;
    private final List<RowError> errors = new ArrayList<>();
    private final List<ImportPreviewRow> sample = new ArrayList<>();
    private long rowsRead;
    private long rowsValid;
    private long rowsSkipped;
    private long errorCount;

    ImportTally(ImportSource<?> source) { this.source = source; }

    /** An error in the column the file names {@code columnKey} (an export column key); "" for the whole row. */
    void error(long row, String columnKey, String message) {
        error(new RowError(row, columnKey.isEmpty() ? "" : source.column(columnKey), message));
    }

    void error(RowError error) {
        errorCount++;
        if (errors.size() < ImportReport.MAX_ERRORS) errors.add(error);
    }

    void read() { rowsRead++; }

    void created(long row, String description) {
        rowsValid++;
        if (sample.size() < ImportReport.SAMPLE_SIZE) sample.add(new ImportPreviewRow(row, description));
    }

    void skipped() { rowsSkipped++; }

    long errorCount() { return errorCount; }

    long rowsValid() { return rowsValid; }

    ImportReport report(boolean applied) {
        return new ImportReport(rowsRead, rowsValid, rowsSkipped, errors, errorCount, sample, applied);
    }
}
