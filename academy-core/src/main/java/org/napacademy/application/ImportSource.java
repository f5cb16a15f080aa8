package org.napacademy.application;

/**
 * A file being imported, read row by row into commands of type {@code R}. The format (CSV, XLSX) is the
 * reader's business; the service only sees rows. Reading may be refused as a whole ({@link ImportRefused}).
 */
@FunctionalInterface
public interface ImportSource<R> {

    void read(ImportRows<R> rows);

    /** The file's name for a column, given the export's key (e.g. familyName), so errors name what the user sees. */
    default String column(String key) { return key; }
}
