package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    @Test
    void a_roadmap_is_a_workbook_of_its_nodes_and_measurements_with_numbers_and_dates_typed() throws Exception {
        try (var workbook = read(RoadmapTables.of(ExportFixtures.roadmap(), ExportTexts.in("pt")))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Resultados", "Medições");

            var nodes = sheets.get(0).read();
            assertThat(nodes.get(0).getCellText(3)).isEqualTo("Título");
            assertThat(nodes.get(1).getCellText(3)).isEqualTo(ExportFixtures.GOAL);
            assertThat(nodes.get(1).getCellAsDate(6)).contains(LocalDateTime.of(2025, 1, 1, 0, 0));
            assertThat(nodes.get(3).getCellText(3)).as("formula neutralised, stored as text").isEqualTo("'" + ExportFixtures.OUTPUT);
            assertThat(nodes.get(3).getCell(3).getType()).isEqualTo(CellType.STRING);

            var measurements = sheets.get(1).read();
            var latest = measurements.stream().filter(r -> r.getRowNum() > 1 && r.getCellText(2).equals(ExportFixtures.INDICATOR))
                    .filter(r -> r.getCellAsNumber(11).map(v -> v.compareTo(new BigDecimal("20")) == 0).orElse(false))
                    .findFirst().orElseThrow();
            assertThat(latest.getCell(11).getType()).isEqualTo(CellType.NUMBER);
            assertThat(latest.getCellAsNumber(14)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("50"));
            assertThat(latest.getCellText(10)).isEqualTo("Total");
        }
    }

    @Test
    void a_header_carrying_a_programme_s_own_word_cannot_become_a_formula() throws Exception {
        var table = new Table("nodes", "Nodes", List.of("Title", "=HYPERLINK(\"http://evil.example\",\"x\")")).row("Goal", "Theme");
        try (var workbook = read(List.of(table))) {
            var header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(header.getCell(1).getType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void a_cohort_is_a_workbook_of_participants_sessions_and_attendance() throws Exception {
        try (var workbook = read(CohortTables.of(ExportFixtures.cohortDocument(), ExportTexts.in("es")))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Participantes", "Sesiones", "Asistencia");

            List<Row> sessions = sheets.get(1).read();
            assertThat(sessions).hasSize(4);
            assertThat(sessions.get(1).getCellText(0)).isEqualTo(ExportFixtures.MODULE_ES);
            assertThat(sessions.get(1).getCellAsDate(1)).contains(LocalDateTime.of(2025, 6, 24, 9, 0));
            assertThat(sessions.get(1).getCellText(3)).isEqualTo("America/Panama");
            assertThat(sessions.get(1).getCellAsNumber(8)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("66.67"));
            assertThat(sessions.get(3).getCellText(8)).as("no attendance recorded yet").isEmpty();

            var attendance = sheets.get(2).read();
            assertThat(attendance).hasSize(7);
            assertThat(attendance.get(2).getCellText(5)).isEqualTo("Ausente");
        }
    }

    private static ReadableWorkbook read(List<Table> tables) throws Exception {
        var out = new ByteArrayOutputStream();
        XlsxWriter.write(tables, out);
        return new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
