package org.napacademy.application;

/** An import with bad rows: nothing was stored; the report says which rows and columns are wrong. */
public class ImportFailed extends RuntimeException {
    private final transient ImportReport report;

    public ImportFailed(ImportReport report) {
        super(report.errorCount() + " error(s) in the file; nothing was imported");
        this.report = report;
    }

    public ImportReport report() { return report; }
}
