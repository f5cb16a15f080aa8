package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.ImportPreviewRow;
import org.napacademy.application.ImportReport;
import org.napacademy.application.RowError;

/**
 * What an import found (a preview, {@code applied} false) or stored ({@code applied} true): rows read, rows
 * to create or created, rows skipped, the first 1,000 errors of {@code errorCount}, and the first rows created.
 */
public record ImportReportView(long rowsRead, long rowsValid, long rowsSkipped, long errorCount, List<RowError> errors,
                               List<ImportPreviewRow> sample, boolean applied) {

    public static ImportReportView of(ImportReport report) {
        return new ImportReportView(report.rowsRead(), report.rowsValid(), report.rowsSkipped(), report.errorCount(),
                report.errors(), report.sample(), report.applied());
    }
}
