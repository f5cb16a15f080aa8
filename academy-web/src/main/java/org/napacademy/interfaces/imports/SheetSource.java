package org.napacademy.interfaces.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.napacademy.application.ImportRefused;
import org.napacademy.application.ImportRows;
import org.napacademy.application.ImportSource;
import org.napacademy.application.ParsedRow;
import org.napacademy.application.RowError;

/**
 * An uploaded CSV or XLSX file as an import source: spooled to a temporary file within the size limit when
 * it is read (so after the service has checked who may import), checked against its declared type (and, for
 * XLSX, against zip bombs), then streamed row by row; only the header map and the current row are held.
 */
public final class SheetSource<R> implements ImportSource<R> {
    private final ImportKind<R> kind;
    private final InputStream upload;
    private final Supplier<ImportFormat> format;
    private final ImportLimits limits;
    private final Map<String, String> headers = new HashMap<>();

    public SheetSource(ImportKind<R> kind, InputStream upload, ImportFormat format, ImportLimits limits) {
        this(kind, upload, () -> format, limits);
    }

    private SheetSource(ImportKind<R> kind, InputStream upload, Supplier<ImportFormat> format, ImportLimits limits) {
        this.kind = kind;
        this.upload = upload;
        this.format = format;
        this.limits = limits;
    }

    /** A request body of the declared {@code contentType}; an unknown type is refused when the source is read. */
    public static <R> SheetSource<R> ofRequest(ImportKind<R> kind, InputStream body, String contentType, ImportLimits limits) {
        return new SheetSource<>(kind, body, () -> ImportFormat.declared(contentType), limits);
    }

    @Override public void read(ImportRows<R> rows) {
        var declared = format.get();
        try (var spool = UploadSpool.of(upload, limits)) {
            declared.requireContentOf(spool.file());
            var reader = new RowReader(rows);
            if (declared == ImportFormat.XLSX) {
                ZipBombGuard.check(spool.file(), limits);
                XlsxRows.read(spool.file(), reader::accept);
            } else {
                CsvRows.read(spool.file(), reader::accept);
            }
            if (!reader.headerSeen) rows.fileError(new RowError(1, "", "The file is empty: it needs a header row"));
        }
    }

    @Override public String column(String key) {
        return headers.getOrDefault(key, ImportVocabulary.englishHeader(key));
    }

    /** The header row first (which columns are where), then the data rows; blank rows are passed over. */
    private final class RowReader {
        private final ImportRows<R> rows;
        private final Map<String, Integer> columns = new HashMap<>();
        private boolean headerSeen;
        private boolean fileFailed;
        private long dataRows;

        RowReader(ImportRows<R> rows) { this.rows = rows; }

        void accept(SheetRow row) {
            if (fileFailed || !headerSeen && row.isBlank()) return;
            if (!headerSeen) {
                headerSeen = true;
                header(row);
                return;
            }
            if (row.isBlank()) return;
            if (++dataRows > limits.maxRows())
                throw new ImportRefused(ImportRefused.Reason.TOO_LARGE, "The file has more than " + limits.maxRows()
                        + " rows, the most an import takes; split it");
            var cells = new RowCells(row, columns, headers);
            var value = kind.read(cells);
            rows.row(value == null ? ParsedRow.failed(row.number(), cells.errors()) : ParsedRow.of(row.number(), value));
        }

        private void header(SheetRow row) {
            for (int i = 0; i < row.cells().size(); i++) {
                var written = row.cell(i).trim();
                var index = i;
                ImportVocabulary.columnKey(written).ifPresent(key -> {
                    if (columns.putIfAbsent(key, index) == null) headers.put(key, written);
                });
            }
            for (var column : kind.columns()) {
                if (column.required() && !columns.containsKey(column.key())) {
                    fileFailed = true;
                    rows.fileError(new RowError(row.number(), ImportVocabulary.englishHeader(column.key()),
                            "The header row lacks this column (or its name in Spanish, Portuguese or French)"));
                }
            }
        }
    }
}
