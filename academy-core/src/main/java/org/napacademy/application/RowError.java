package org.napacademy.application;

/**
 * What is wrong with one cell of an imported file: {@code row} as a spreadsheet numbers it (the header is
 * row 1), {@code column} as the file's header names it (empty when the whole row or file is meant).
 */
public record RowError(long row, String column, String message) {
}
