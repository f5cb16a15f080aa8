package org.napacademy.interfaces.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.napacademy.application.ImportRefused;
import org.napacademy.application.ImportRows;
import org.napacademy.application.ImportedActual;
import org.napacademy.application.ImportedParticipant;
import org.napacademy.application.ParsedRow;
import org.napacademy.application.RowError;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.interfaces.export.CsvWriter;
import org.napacademy.interfaces.export.ExportTexts;
import org.napacademy.interfaces.export.XlsxWriter;

/** Import files read back: encodings, headers in any language, cells that cannot be read, XLSX, refusals and size. */
class SheetSourceTest {
    private static final String HEADER = "Delegation,Family name,Given name,Institution,Position,Sex,Role,Email\r\n";

    @Test
    void a_csv_with_a_byte_order_mark_reads_its_header_and_rows() {
        var read = csv(ImportKind.PARTICIPANTS, "\uFEFF" + HEADER + "Ecuador,Pérez,Ana,Ministry of Women,Director,Female,Focal point,ana@example.org\r\n");

        assertThat(read.fileErrors).isEmpty();
        assertThat(read.values()).containsExactly(new ImportedParticipant("Ecuador", "Pérez", "Ana", "Ministry of Women",
                "Director", Sex.FEMALE, ParticipantRole.FOCAL_POINT, "ana@example.org"));
    }

    @Test
    void spanish_headers_and_labels_with_semicolons_read_as_well() {
        var read = csv(ImportKind.PARTICIPANTS, "Apellido;Nombre;Institución;Sexo;Rol\r\nPérez;Ana;Cancillería;Mujer;Miembro\r\n"
                + "Mora;Luis;Cancillería;MALE;\r\n");

        assertThat(read.values()).extracting(ImportedParticipant::sex, ImportedParticipant::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Sex.FEMALE, ParticipantRole.MEMBER),
                        org.assertj.core.groups.Tuple.tuple(Sex.MALE, null));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_a_clear_message() {
        var latin1 = (HEADER + "Ecuador,Pérez,Ana,Cancillería,,Female,,\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(ImportKind.PARTICIPANTS, latin1, ImportFormat.CSV, ImportLimits.DEFAULT))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.UNREADABLE))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void a_missing_required_column_is_one_file_error_and_no_row_is_read() {
        var read = csv(ImportKind.PARTICIPANTS, "Family name,Given name,Sex\r\nPérez,Ana,Female\r\n");

        assertThat(read.fileErrors).containsExactly(new RowError(1, "Institution",
                "The header row lacks this column (or its name in Spanish, Portuguese or French)"));
        assertThat(read.rows).isEmpty();
    }

    @Test
    void a_bad_date_is_an_error_of_its_row_and_column() {
        var read = csv(ImportKind.ACTUALS, "No.,Indicator,Period start,Period end,Sex,Value,As of\r\n"
                + "1.1,Women in delegations,2025-01-01,2025-12-31,Total,12,30/06/2025\r\n");

        assertThat(read.rows).singleElement().satisfies(row -> assertThat(row.errors())
                .containsExactly(new RowError(2, "As of", "Not a date: 30/06/2025 (write dates as 2025-06-30)")));
    }

    @Test
    void a_formula_in_a_cell_is_refused_and_an_apostrophe_quoted_one_is_text() {
        var read = csv(ImportKind.PARTICIPANTS, HEADER + ",=HYPERLINK(\"http://evil\"),Ana,MFA,,Female,,\r\n"
                + ",Mora,Luis,'=MFA,+1 director,Male,,\r\n" + ",Vega,Rosa,@SUM(A1),,Female,,\r\n");

        assertThat(read.rows.get(0).errors()).containsExactly(new RowError(2, "Family name", "Formulas are not imported: enter the value itself"));
        assertThat(read.rows.get(1).errors()).extracting(RowError::column).containsExactly("Position");
        assertThat(read.rows.get(2).errors()).extracting(RowError::column).containsExactly("Institution");
    }

    @Test
    void an_exported_measurements_table_reads_back_as_actuals_with_the_total_and_targets() throws IOException {
        var texts = ExportTexts.in("fr");
        var table = ImportKind.ACTUALS.template(texts);
        table.row("1.1", "Node", "Women in delegations", "Number", null, new BigDecimal("3"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Cible", "Total", new BigDecimal("40"), LocalDate.of(2025, 12, 31), null, null);
        table.row("1.1", "Node", "Women in delegations", "Number", null, new BigDecimal("3"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Réel", "Femme", new BigDecimal("12.5"), LocalDate.of(2025, 6, 30), "'-2 since May", null);
        var out = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(table), out);

        var read = read(ImportKind.ACTUALS, out.toByteArray(), ImportFormat.XLSX, ImportLimits.DEFAULT);

        assertThat(read.fileErrors).isEmpty();
        assertThat(read.values()).containsExactly(
                new ImportedActual("1.1", "Women in delegations", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        org.napacademy.domain.model.roadmap.MeasurementKind.TARGET, null, new BigDecimal("40"), LocalDate.of(2025, 12, 31), null),
                new ImportedActual("1.1", "Women in delegations", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                        org.napacademy.domain.model.roadmap.MeasurementKind.ACTUAL, Sex.FEMALE, new BigDecimal("12.5"),
                        LocalDate.of(2025, 6, 30), "-2 since May"));
    }

    @Test
    void an_xlsx_formula_cell_is_refused() throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("Participants");
        var headers = List.of("Family name", "Given name", "Institution", "Sex");
        for (int c = 0; c < headers.size(); c++) sheet.value(0, c, headers.get(c));
        sheet.value(1, 0, "Pérez");
        sheet.value(1, 1, "Ana");
        sheet.formula(1, 2, "CONCATENATE(\"M\",\"FA\")");
        sheet.value(1, 3, "Female");
        workbook.finish();

        var read = read(ImportKind.PARTICIPANTS, out.toByteArray(), ImportFormat.XLSX, ImportLimits.DEFAULT);

        assertThat(read.rows).singleElement().satisfies(row -> assertThat(row.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "Institution")));
    }

    @Test
    void a_zip_bomb_declared_as_xlsx_is_refused_before_it_is_read() throws IOException {
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) zip.write(zeros);
            zip.closeEntry();
        }
        var limits = new ImportLimits(10L * 1024 * 1024, 50_000, 16L * 1024 * 1024, 100);

        assertThatThrownBy(() -> read(ImportKind.PARTICIPANTS, bomb.toByteArray(), ImportFormat.XLSX, limits))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.TOO_LARGE))
                .hasMessageContaining("zip bomb");
    }

    @Test
    void a_file_too_large_a_wrong_type_or_content_of_another_type_is_refused() {
        var small = new ImportLimits(100, 50_000, 1024, 100);
        var big = (HEADER + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(ImportKind.PARTICIPANTS, big, ImportFormat.CSV, small))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.TOO_LARGE));
        assertThatThrownBy(() -> ImportFormat.declared("application/pdf"))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.WRONG_TYPE));
        assertThatThrownBy(() -> read(ImportKind.PARTICIPANTS, HEADER.getBytes(StandardCharsets.UTF_8), ImportFormat.XLSX, ImportLimits.DEFAULT))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.WRONG_TYPE));
        assertThat(ImportFormat.declared("text/csv; charset=UTF-8")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void more_rows_than_the_limit_are_refused() {
        var limits = new ImportLimits(10L * 1024 * 1024, 2, 1024, 100);
        var csv = HEADER + ",A,B,MFA,,Female,,\r\n".repeat(3);

        assertThatThrownBy(() -> read(ImportKind.PARTICIPANTS, csv.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, limits))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.reason()).isEqualTo(ImportRefused.Reason.TOO_LARGE))
                .hasMessageContaining("more than 2 rows");
    }

    @Test
    void the_template_is_the_export_header_row() throws IOException {
        var out = new ByteArrayOutputStream();
        CsvWriter.write(ImportKind.PARTICIPANTS.template(ExportTexts.in("en")), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER);
    }

    @Test
    void ten_thousand_rows_stream_in_csv_and_xlsx() throws IOException {
        var csv = new StringBuilder(HEADER);
        var table = ImportKind.PARTICIPANTS.template(ExportTexts.in("en"));
        for (int i = 0; i < 10_000; i++) {
            csv.append(",Family").append(i).append(",Given").append(i).append(",Ministry,,Female,,p").append(i).append("@example.org\r\n");
            table.row(null, "Family" + i, "Given" + i, "Ministry", null, "Female", null, "p" + i + "@example.org");
        }
        var xlsx = new ByteArrayOutputStream();
        XlsxWriter.write(List.of(table), xlsx);

        long start = System.nanoTime();
        var fromCsv = read(ImportKind.PARTICIPANTS, csv.toString().getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, ImportLimits.DEFAULT);
        long csvDone = System.nanoTime();
        var fromXlsx = read(ImportKind.PARTICIPANTS, xlsx.toByteArray(), ImportFormat.XLSX, ImportLimits.DEFAULT);
        long xlsxDone = System.nanoTime();
        System.out.printf("SheetSourceTest: 10,000 rows read from CSV in %.2f s, from XLSX in %.2f s%n",
                (csvDone - start) / 1e9, (xlsxDone - csvDone) / 1e9);

        assertThat(fromCsv.values()).hasSize(10_000);
        assertThat(fromXlsx.values()).hasSize(10_000).last().extracting(ImportedParticipant::email).isEqualTo("p9999@example.org");
    }

    private static <R> Read<R> csv(ImportKind<R> kind, String text) {
        return read(kind, text.getBytes(StandardCharsets.UTF_8), ImportFormat.CSV, ImportLimits.DEFAULT);
    }

    private static <R> Read<R> read(ImportKind<R> kind, byte[] bytes, ImportFormat format, ImportLimits limits) {
        var read = new Read<R>();
        new SheetSource<>(kind, new ByteArrayInputStream(bytes), format, limits).read(read);
        return read;
    }

    /** What a source handed over. */
    private static final class Read<R> implements ImportRows<R> {
        final List<RowError> fileErrors = new ArrayList<>();
        final List<ParsedRow<R>> rows = new ArrayList<>();

        @Override public void fileError(RowError error) { fileErrors.add(error); }

        @Override public void row(ParsedRow<R> row) { rows.add(row); }

        List<R> values() {
            assertThat(rows).allSatisfy(r -> assertThat(r.errors()).isEmpty());
            return rows.stream().map(ParsedRow::value).toList();
        }
    }
}
