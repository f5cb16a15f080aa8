package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A ministerial programme in its own words: a roadmap of priorities, actions and milestones (template GOAL, OUTPUT,
 * ACTIVITY) tagged by crime area, held at ministerial meetings by ministries, named in English and Spanish. Its words
 * come back from /words, and the exports and the roadmap page use them; what it leaves unnamed is the platform's.
 */
class VocabularyIT extends ChromiumDeployment {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Api api() {
        return new Api(base);
    }

    @Test
    void the_words_read_in_each_language_with_the_platforms_where_the_programme_names_none() {
        var programme = new Priorities();

        var english = api().get("api/v1/programmes/" + programme.id + "/words?lang=en");
        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        assertThat(english.etag()).isNotNull();
        var en = english.object();
        assertThat(en.getString("language")).isEqualTo("en");
        assertThat(en.getString("GOAL")).isEqualTo("Priority");
        assertThat(en.getString("COHORT")).isEqualTo("Ministerial meeting");
        assertThat(en.getString("DELEGATIONS")).isEqualTo("Ministries");
        assertThat(en.getString("COHORTS")).isEqualTo("Cohorts");
        assertThat(en.getString("OUTCOME")).isEqualTo("Outcome");
        assertThat(en.keySet()).contains("COHORT", "COHORTS", "DELEGATION", "DELEGATIONS", "ROADMAP", "ROADMAPS", "TAG", "TAGS",
                "GOAL", "OUTCOME", "OUTPUT", "ACTIVITY", "levels", "tags");
        assertThat(en.getJsonObject("levels").keySet()).containsExactly("GOAL", "OUTPUT", "ACTIVITY");
        assertThat(en.getJsonObject("levels").getString("ACTIVITY")).isEqualTo("Milestone");
        assertThat(en.getJsonObject("tags").keySet()).containsExactly("CYBERCRIME", "FIREARMS_TRAFFICKING", "CORRUPTION");

        var es = api().get("api/v1/programmes/" + programme.id + "/words?lang=es").object();
        assertThat(es.getString("GOAL")).isEqualTo("Prioridad");
        assertThat(es.getString("TAG")).isEqualTo("Ámbito delictivo");
        assertThat(es.getString("COHORTS")).isEqualTo("Cohortes");
        assertThat(es.getJsonObject("levels").getString("OUTPUT")).isEqualTo("Acción");
        assertThat(es.getJsonObject("tags").getString("CYBERCRIME")).isEqualTo("Ciberdelincuencia");
    }

    @Test
    void without_lang_the_accept_language_header_chooses_and_an_unknown_language_is_refused() throws Exception {
        var programme = new Priorities();

        var spanish = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/programmes/" + programme.id + "/words"))
                .header("Authorization", basicAdmin()).header("Accept-Language", "es-CL, en;q=0.5").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("\"GOAL\":\"Prioridad\"");
        // the programme has no Portuguese words: its English ones, and the platform's Portuguese for the rest
        var portuguese = api().get("api/v1/programmes/" + programme.id + "/words?lang=pt").object();
        assertThat(portuguese.getString("GOAL")).isEqualTo("Priority");
        assertThat(portuguese.getString("ROADMAPS")).isEqualTo("Roteiros");
        var unknown = api().get("api/v1/programmes/" + programme.id + "/words?lang=de");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api().get("api/v1/programmes/999999999/words").status()).isEqualTo(404);
    }

    @Test
    void the_roadmap_tables_name_the_levels_and_the_tag_column_in_the_programmes_words() throws Exception {
        var programme = new Priorities();

        var csv = download("roadmaps/" + programme.roadmapId + "/exports/csv?lang=es");
        assertThat(csv.statusCode()).isEqualTo(200);
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFN.º,Nivel,Superior,Título,Ámbito delictivo,")
                .contains("\r\n1,Prioridad,,", "\r\n1.1,Acción,1,", "\r\n1.1.1,Hito,1.1,", "Ciberdelincuencia", "Corrupción");

        var xlsx = download("roadmaps/" + programme.roadmapId + "/exports/xlsx?lang=en");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(4)).isEqualTo("Crime area");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("Priority");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("Action");
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Milestone");
            assertThat(rows.get(1).getCellText(4)).isEqualTo("Cybercrime");
        }
    }

    @Test
    void the_roadmap_pdf_the_iati_narrative_and_the_outcome_report_speak_the_programmes_words() throws Exception {
        var programme = new Priorities();

        var pdf = download("roadmaps/" + programme.roadmapId + "/exports/pdf?lang=es");
        assertThat(pdf.statusCode()).isEqualTo(200);
        var text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        // a narrow column wraps its words onto two lines of the extracted text
        assertThat(text).contains("Hoja de ruta de prioridades", "Reunión", "Prioridad", "Acción", "Hito", "Ámbito", "Ciberdelincuen");

        var iati = download("roadmaps/" + programme.roadmapId + "/exports/iati?lang=en");
        assertThat(iati.statusCode()).isEqualTo(200);
        assertThat(new String(iati.body(), StandardCharsets.UTF_8)).contains("Roadmap of priorities of Chile (Ministerial meeting: ");

        var report = download("cohorts/" + programme.cohortId + "/exports/pdf?lang=es");
        assertThat(report.statusCode()).isEqualTo(200);
        var reader = new PdfReader(report.body());
        var extractor = new PdfTextExtractor(reader);
        var pages = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) pages.append(extractor.getTextFromPage(page)).append('\n');
        assertThat(pages.toString()).contains("Informe de resultados de la reunión ministerial", "Participantes por ministerio y sexo");
    }

    @Test
    void the_roadmap_page_shows_priorities_actions_and_the_crime_area_to_an_english_reader() throws Exception {
        var programme = new Priorities();
        api().put("api/v1/me/language", "{\"language\": \"en\"}", null);

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.navigate(base + "roadmaps/" + programme.roadmapId);

            assertThat(cell(page, "Priority")).isVisible();
            assertThat(cell(page, "Action")).isVisible();
            assertThat(cell(page, "Milestone")).isVisible();
            assertThat(cell(page, "Crime area")).isVisible();
            assertThat(cell(page, "Cybercrime").first()).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Priority"))).isVisible();
            HeadlessChromium.screenshot(page, "vocabulary-roadmap.png");
            cell(page, "Priority").click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Action"))
                    .filter(new Locator.FilterOptions().setVisible(true))).isVisible();
            assertThat(page.getByText("Edit Priority")).isVisible();
            HeadlessChromium.screenshot(page, "vocabulary-node-form.png");
        }
    }

    @Test
    void a_spanish_reader_reads_the_programmes_spanish_words_on_the_roadmap_page() {
        var programme = new Priorities();
        api().put("api/v1/me/language", "{\"language\": \"es\"}", null);

        try (var context = chromium.newContext("es-CL")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.navigate(base + "roadmaps/" + programme.roadmapId);

            assertThat(cell(page, "Prioridad")).isVisible();
            assertThat(cell(page, "Hito")).isVisible();
            assertThat(cell(page, "Ámbito delictivo")).isVisible();
        } finally {
            api().put("api/v1/me/language", "{\"language\": \"en\"}", null);
        }
    }

    /** A cell of the roadmap's tree (or its header) showing exactly {@code text}. */
    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /** A fresh programme of priorities with a meeting, Chile's ministry, and a priority > action > milestone branch. */
    private final class Priorities {
        final long id;
        final long cohortId;
        final long roadmapId;

        Priorities() {
            var programme = created(api().post("api/v1/programmes", """
                    {"name": "%s", "description": "Operational cooperation on internal security", "languages": ["en", "es"],
                     "levels": ["GOAL", "OUTPUT", "ACTIVITY"],
                     "tags": [{"code": "CYBERCRIME", "label": {"en": "Cybercrime", "es": "Ciberdelincuencia"}},
                              {"code": "FIREARMS_TRAFFICKING", "label": {"en": "Firearms trafficking", "es": "Tráfico de armas de fuego"}},
                              {"code": "CORRUPTION", "label": {"en": "Corruption", "es": "Corrupción"}}],
                     "vocabulary": {"COHORT": {"en": "Ministerial meeting", "es": "Reunión ministerial"},
                                    "DELEGATION": {"en": "Ministry", "es": "Ministerio"},
                                    "DELEGATIONS": {"en": "Ministries", "es": "Ministerios"},
                                    "ROADMAP": {"en": "Roadmap of priorities", "es": "Hoja de ruta de prioridades"},
                                    "TAG": {"en": "Crime area", "es": "Ámbito delictivo"},
                                    "TAGS": {"en": "Crime areas", "es": "Ámbitos delictivos"},
                                    "GOAL": {"en": "Priority", "es": "Prioridad"},
                                    "OUTPUT": {"en": "Action", "es": "Acción"},
                                    "ACTIVITY": {"en": "Milestone", "es": "Hito"}}}"""
                    .formatted(unique("EU-CLASI"))));
            id = id(programme);
            var cohort = created(api().post("api/v1/cohorts", """
                    {"programmeId": %d, "name": "%s", "venueName": "Ministry of Security", "city": "Panama City", "countryCode": "PA",
                     "timeZone": "America/Panama", "startDate": "2025-06-24", "endDate": "2025-06-26"}"""
                    .formatted(id, unique("Ministerial meeting"))));
            cohortId = id(cohort);
            var delegation = created(api().post("api/v1/cohorts/" + cohortId + "/delegations", "{\"countryCode\": \"CL\"}"));
            roadmapId = delegation.getJsonNumber("roadmapId").longValue();
            var priority = node(null, "GOAL", "Dismantle cybercrime networks", "CYBERCRIME", "2025-07-01", "2026-12-31");
            var action = node(id(priority), "OUTPUT", "Joint investigation team", "CYBERCRIME", "2025-09-01", "2026-06-30");
            node(id(action), "ACTIVITY", "Sign the team agreement", "CORRUPTION", "2025-10-01", "2025-12-31");
        }

        private JsonObject node(Long parentId, String level, String title, String tag, String start, String end) {
            return created(api().post("api/v1/roadmaps/" + roadmapId + "/nodes", """
                    {"parentId": %s, "level": "%s", "title": "%s", "tag": "%s", "startDate": "%s", "endDate": "%s"}"""
                    .formatted(parentId, level, title, tag, start, end)));
        }
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", basicAdmin()).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basicAdmin() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
