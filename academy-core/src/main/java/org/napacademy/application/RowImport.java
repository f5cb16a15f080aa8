package org.napacademy.application;

/**
 * How one kind of import checks and applies a row against what exists and what earlier rows brought.
 * A row that breaks a rule reports it to the tally (or throws a domain rule violation, reported as a row error).
 */
interface RowImport<R> {

    enum Outcome { CREATED, SKIPPED, REFUSED }

    Outcome apply(long row, R value, ImportTally tally);

    /** One line for the preview's list of rows to be created. */
    String describe(R value);

    /** Writes what was applied so far, so the persistence context does not hold every row until the commit. */
    void flush();
}
