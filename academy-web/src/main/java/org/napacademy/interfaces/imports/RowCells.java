package org.napacademy.interfaces.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.napacademy.application.RowError;

/**
 * The cells of one data row, read by column key into typed values; what cannot be read becomes an error
 * naming the row and the file's column. A cell that looks like a formula (= + - @ first, or a tab or
 * carriage return) is refused whatever its column; a leading apostrophe, as the exports write before such
 * text, marks it as plain text and is dropped.
 */
final class RowCells {
    private final SheetRow row;
    private final Map<String, Integer> columns;
    private final Map<String, String> headers;
    private final List<RowError> errors = new ArrayList<>();

    RowCells(SheetRow row, Map<String, Integer> columns, Map<String, String> headers) {
        this.row = row;
        this.columns = columns;
        this.headers = headers;
    }

    /** The trimmed text, null when empty; an error when {@code required} and empty. */
    String text(String key, boolean required) {
        var index = columns.get(key);
        var raw = index == null ? "" : row.cell(index).trim();
        if (raw.isEmpty()) {
            if (required) error(key, "A value is required");
            return null;
        }
        if (raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@".indexOf(raw.charAt(1)) >= 0) return raw.substring(1);
        if (looksLikeFormula(raw)) {
            error(key, "Formulas are not imported: enter the value itself");
            return null;
        }
        return raw;
    }

    LocalDate date(String key, boolean required) {
        var text = text(key, required);
        if (text == null) return null;
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == ' ' || text.length() > 10 && text.charAt(10) == 'T'
                    ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            error(key, "Not a date: " + text + " (write dates as 2025-06-30)");
            return null;
        }
    }

    BigDecimal number(String key, boolean required) {
        var text = text(key, required);
        if (text == null) return null;
        try {
            return new BigDecimal(text.indexOf('.') < 0 ? text.replace(',', '.') : text);
        } catch (NumberFormatException e) {
            error(key, "Not a number: " + text);
            return null;
        }
    }

    <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
        var text = text(key, required);
        if (text == null) return null;
        var value = ImportVocabulary.choice(type, text);
        if (value.isEmpty()) error(key, "Not one of the choices: " + text);
        return value.orElse(null);
    }

    boolean hasErrors() { return !errors.isEmpty(); }

    List<RowError> errors() { return errors; }

    long number() { return row.number(); }

    void error(String key, String message) { errors.add(new RowError(row.number(), headers.getOrDefault(key, key), message)); }

    /** = and @ always; + and - unless the cell is a plain number such as -5. */
    static boolean looksLikeFormula(String text) {
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') return true;
        return (first == '+' || first == '-') && !text.matches("[+-]\\d+([.,]\\d+)?");
    }
}
