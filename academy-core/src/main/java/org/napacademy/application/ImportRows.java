package org.napacademy.application;

/** Where an {@link ImportSource} hands what it reads, in the file's order. */
public interface ImportRows<R> {

    /** A problem of the whole file, such as a missing column; no rows follow it. */
    void fileError(RowError error);

    void row(ParsedRow<R> row);
}
