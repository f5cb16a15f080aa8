package org.napacademy.interfaces.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link Table}s as the sheets of one XLSX workbook, streaming (fastexcel keeps no sheet in memory
 * once finished). Numbers are numbers and dates are dates, so spreadsheets sort and sum them; text gets
 * the same formula neutralising as in CSV.
 */
public final class XlsxWriter {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;

    private XlsxWriter() { }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        var workbook = new Workbook(out, "NAP Academy", "1.0");
        for (var table : tables) sheet(workbook.newWorksheet(sheetName(table.title())), table);
        workbook.finish();
    }

    private static void sheet(Worksheet sheet, Table table) throws IOException {
        var headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, Table.neutralized(headers.get(c)));   // a header may carry a programme's own word
            sheet.width(c, Math.max(12, Math.min(60, headers.get(c).length() + 4)));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDE6F0").set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (var row : table.rows()) {
            for (int c = 0; c < row.size(); c++) cell(sheet, r, c, row.get(c));
            if (r % FLUSH_EVERY == 0) sheet.flush();
            r++;
        }
        sheet.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) return;
        if (value instanceof String text) {
            sheet.value(r, c, Table.neutralized(text));
        } else if (value instanceof BigDecimal number) {
            sheet.value(r, c, number);
        } else if (value instanceof Long number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof LocalDateTime time) {
            sheet.value(r, c, time);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ . */
    static String sheetName(String title) {
        var name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
