package org.napacademy.interfaces.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The PDFs read back as text: what a person sees, in their language, accents included. */
class PdfWritersTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    @Test
    void a_roadmap_pdf_shows_its_title_tree_and_indicators_in_spanish() throws Exception {
        var document = ExportFixtures.roadmap();
        var out = new ByteArrayOutputStream();
        RoadmapPdf.write(document, ExportTexts.in("es"), TODAY, out);
        keep(out.toByteArray(), "roadmap-es.pdf");

        var text = text(out.toByteArray());
        assertThat(text).contains("Hoja de ruta hacia el segundo PAN de Costa Rica", "Costa Rica", "2025 Panama City", "Aprobada");
        assertThat(text).contains("participación", "Cadena de resultados", "Indicadores", "Línea de base", "Participación");
        assertThat(text).contains("Run two trainings in Limón and Guanacaste", "Ministerio de Relaciones");
        assertThat(text).contains(ExportFixtures.INDICATOR, "50 %", "USD 12500.5");
    }

    @Test
    void a_roadmap_pdf_speaks_french_labels_around_content_as_entered() throws Exception {
        var out = new ByteArrayOutputStream();
        RoadmapPdf.write(ExportFixtures.roadmap(), ExportTexts.in("fr"), TODAY, out);

        assertThat(text(out.toByteArray())).contains("Feuille de route", "Chaîne de résultats", "Terminé",
                "Fortalecer la participación");
    }

    @Test
    void a_cohort_pdf_counts_participants_by_delegation_and_sex_and_shows_attendance_rates() throws Exception {
        var out = new ByteArrayOutputStream();
        CohortPdf.write(ExportFixtures.cohortDocument(), ExportFixtures.outcomeReport("es"), ExportTexts.in("es"), TODAY, out);
        keep(out.toByteArray(), "cohort-es.pdf");

        var text = text(out.toByteArray());
        assertThat(text).contains("2025 Panama City", "Participantes por delegación y sexo", "Panamá", "Costa Rica");
        assertThat(text).contains(ExportFixtures.MODULE_ES, "Sala Bolívar", "66.7 %", "America/Panama");
    }

    @Test
    void a_cohort_outcome_report_shows_the_dashboard_figures_and_draws_its_charts_with_searchable_words() throws Exception {
        var out = new ByteArrayOutputStream();
        CohortPdf.write(ExportFixtures.cohortDocument(), ExportFixtures.outcomeReport("es"), ExportTexts.in("es"), TODAY, out);
        keep(out.toByteArray(), "cohort-outcomes-es.pdf");

        var text = text(out.toByteArray());
        // key figures: 3 participants, 5 of 6 marks present, 1 of 4 activities done, one NAP moved
        assertThat(text).contains("Informe de resultados de la cohorte", "Cifras clave", "83.3 %", "25 %");
        // per delegation: Costa Rica's NAP reviewed since the cohort, Panama still drafting
        assertThat(text).contains("Resultados y estado del Plan de Acción Nacional por delegación", "Revisado", "En redacción");
        // the charts are drawn, not pictured: their titles, legends and categories are text in the PDF
        assertThat(text).contains("Participantes por sexo", "Mujer: 2", "Actividades de las hojas de ruta por estado");
    }

    private static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) text.append(extractor.getTextFromPage(page)).append('\n');
        reader.close();
        return text.toString();
    }

    /** Left in target/ so a person can look at it. */
    private static void keep(byte[] pdf, String name) throws Exception {
        var dir = Path.of("target", "exports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
