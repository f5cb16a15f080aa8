package org.napacademy.interfaces.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.napacademy.application.ImportRefused;

/**
 * Streams the first sheet of an XLSX workbook row by row (fastexcel-reader keeps no sheet in memory). Cells
 * become text: numbers plain (12.5), date-formatted numbers ISO dates (2025-06-30), and a formula "=" and
 * its formula, which the row reader refuses. Call {@link ZipBombGuard#check} first.
 */
final class XlsxRows {
    private XlsxRows() { }

    static void read(Path file, Consumer<SheetRow> rows) {
        try (var workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
             var stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                var cells = new ArrayList<String>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) cells.add(text(row.getCell(c)));
                rows.accept(new SheetRow(row.getRowNum(), cells));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ImportRefused(ImportRefused.Reason.UNREADABLE, "The XLSX workbook cannot be read");
        }
    }

    static String text(Cell cell) {
        if (cell == null) return "";
        return switch (cell.getType()) {
            case EMPTY -> "";
            case FORMULA -> "=" + cell.getFormula();
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : cell.asNumber().stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    /** Excel's built-in date formats (14-22, 45-47) or a custom one that counts days, months or years. */
    private static boolean isDate(Cell cell) {
        var id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) return true;
        var format = cell.getDataFormatString();
        return format != null && format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase().matches(".*[dy].*|.*m{3,}.*");
    }
}
