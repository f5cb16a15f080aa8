package org.napacademy.interfaces.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a {@link Table} as RFC 4180 CSV: UTF-8 with a byte order mark (so spreadsheets detect the
 * encoding), CRLF line ends, a header line, fields quoted when they hold a comma, quote or line break.
 * Numbers are plain (12.5), dates ISO 8601 (2025-06-24, 2025-06-24 09:00).
 */
public final class CsvWriter {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8; header=present";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvWriter() { }

    public static void write(Table table, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        line(writer, table.headers());
        for (var row : table.rows()) line(writer, row);
        writer.flush();
    }

    private static void line(BufferedWriter writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) writer.write(',');
            writer.write(field(cells.get(i)));
        }
        writer.write("\r\n");
    }

    private static String field(Object cell) {
        String text;
        if (cell == null) return "";
        else if (cell instanceof String s) text = Table.neutralized(s);
        else if (cell instanceof BigDecimal number) text = ExportTexts.number(number);
        else if (cell instanceof LocalDateTime time) text = DATE_TIME.format(time);
        else text = cell.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
