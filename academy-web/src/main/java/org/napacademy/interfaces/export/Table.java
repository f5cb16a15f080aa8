package org.napacademy.interfaces.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One table of an export, the single row model behind both the CSV and the XLSX writer. Cells are
 * {@code null} (empty), {@link String}, {@link BigDecimal}, {@link Long}, {@link LocalDate} or
 * {@link LocalDateTime}; the writers decide how each looks in their format.
 */
public final class Table {
    private final String name;
    private final String title;
    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    /** {@code name}: a stable ASCII name for file names and the {@code table} parameter; {@code title}: translated. */
    public Table(String name, String title, List<String> headers) {
        this.name = name;
        this.title = title;
        this.headers = List.copyOf(headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size())
            throw new IllegalArgumentException("Table " + name + " has " + headers.size() + " columns, not " + cells.length);
        for (var cell : cells) {
            if (cell != null && !(cell instanceof String || cell instanceof BigDecimal || cell instanceof Long
                    || cell instanceof LocalDate || cell instanceof LocalDateTime))
                throw new IllegalArgumentException("A table cell cannot hold a " + cell.getClass().getSimpleName());
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
        return this;
    }

    public String name() { return name; }

    public String title() { return title; }

    public List<String> headers() { return headers; }

    public List<List<Object>> rows() { return Collections.unmodifiableList(rows); }

    /**
     * Text that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
     * before one) gets a leading apostrophe, the OWASP advice against CSV injection. Applied by both writers.
     */
    public static String neutralized(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
