package org.napacademy.application;

import java.util.List;

/**
 * One data row of an imported file: its command when every cell could be read, else the cell errors
 * ({@code value} null). {@code row} is the spreadsheet's row number.
 */
public record ParsedRow<R>(long row, R value, List<RowError> errors) {

    public ParsedRow {
        errors = List.copyOf(errors);
        if ((value == null) == errors.isEmpty())
            throw new IllegalArgumentException("a parsed row holds either its value or its errors");
    }

    public static <R> ParsedRow<R> of(long row, R value) { return new ParsedRow<>(row, value, List.of()); }

    public static <R> ParsedRow<R> failed(long row, List<RowError> errors) { return new ParsedRow<>(row, null, errors); }
}
