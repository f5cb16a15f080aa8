package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void a_roadmaps_nodes_are_rfc_4180_csv_in_utf_8_with_a_bom_and_crlf() throws Exception {
        var bytes = csv(RoadmapTables.nodes(ExportFixtures.roadmap().roadmap(), ExportTexts.in("es")));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var records = Rfc4180.parse(text);
        assertThat(records.get(0)).containsExactly("N.º", "Nivel", "Superior", "Título", "Tema", "Institución responsable",
                "Inicio", "Fin", "Estado", "Estado consolidado", "Presupuesto total");
        assertThat(records).hasSize(5).allSatisfy(record -> assertThat(record).hasSize(11));
        assertThat(records.get(1)).containsExactly("1", "Objetivo", "", ExportFixtures.GOAL, "Participación",
                "Ministerio de Relaciones Exteriores y Culto", "2025-01-01", "2027-12-31", "No iniciado", "Completado",
                "CRC 3000000; USD 12500.5");
        assertThat(records.get(2).get(3)).as("commas and quotes survive the round trip").isEqualTo(ExportFixtures.OUTCOME);
        assertThat(records.get(2).get(2)).isEqualTo("1");
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() throws Exception {
        var records = Rfc4180.parse(new String(csv(RoadmapTables.nodes(ExportFixtures.roadmap().roadmap(), ExportTexts.in("en"))),
                StandardCharsets.UTF_8).substring(1));

        assertThat(records.get(3).get(3)).isEqualTo("'" + ExportFixtures.OUTPUT);
        assertThat(Table.neutralized("+1")).isEqualTo("'+1");
        assertThat(Table.neutralized("-1")).isEqualTo("'-1");
        assertThat(Table.neutralized("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Table.neutralized("Ana = Luis")).isEqualTo("Ana = Luis");
    }

    @Test
    void measurements_carry_baseline_period_sex_value_and_the_latest_actuals_achievement() throws Exception {
        var records = Rfc4180.parse(new String(csv(RoadmapTables.measurements(ExportFixtures.roadmap().roadmap(), ExportTexts.in("en"))),
                StandardCharsets.UTF_8).substring(1));

        assertThat(records.get(0)).containsExactly("No.", "Result", "Indicator", "Unit", "Reference", "Baseline", "Baseline date",
                "Period start", "Period end", "Kind", "Sex", "Value", "As of", "Comment", "Achievement (%)");
        var shareRows = records.stream().filter(r -> r.get(2).equals(ExportFixtures.INDICATOR)).toList();
        assertThat(shareRows).extracting(r -> List.of(r.get(9), r.get(10), r.get(11), r.get(12), r.get(14))).containsExactly(
                List.of("Target", "Total", "30", "2025-12-31", ""),
                List.of("Target", "Female", "30", "2025-12-31", ""),
                List.of("Actual", "Total", "15", "2025-03-31", ""),
                List.of("Actual", "Total", "20", "2025-06-30", "50"),
                List.of("Actual", "Female", "18", "2025-06-30", "40"));
        assertThat(shareRows.get(0).get(4)).isEqualTo("SDG 5.c.1");
        assertThat(shareRows.get(0).get(5)).isEqualTo("10");
    }

    @Test
    void a_cohorts_participants_list_delegation_sex_role_and_email() throws Exception {
        var records = Rfc4180.parse(new String(csv(CohortTables.participants(ExportFixtures.cohortDocument(), ExportTexts.in("fr"))),
                StandardCharsets.UTF_8).substring(1));

        assertThat(records.get(0)).containsExactly("Délégation", "Nom", "Prénom", "Institution", "Fonction", "Sexe",
                "Rôle", "Courriel");
        assertThat(records.get(1)).containsExactly("Costa Rica", "Mora Jiménez", "Ana", "Ministerio de Seguridad Pública",
                "Directora", "Femme", "Point focal", "ana.mora@example.org");
        assertThat(records.get(3).get(3)).isEqualTo("'+Ministerio de la Mujer");
    }

    private static byte[] csv(Table table) throws Exception {
        var out = new ByteArrayOutputStream();
        CsvWriter.write(table, out);
        return out.toByteArray();
    }
}
