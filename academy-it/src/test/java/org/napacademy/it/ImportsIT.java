package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bulk imports over the API and in the browser: previews that store nothing, all-or-nothing imports with row
 * errors, refusals of files too large, of the wrong type or zip bombs, and 10,000 participants at once.
 */
class ImportsIT extends ChromiumDeployment {
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";
    private static final String PARTICIPANTS_HEADER = "Delegation,Family name,Given name,Institution,Position,Sex,Role,Email\r\n";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void a_preview_reports_the_rows_and_stores_nothing_then_the_import_stores_them_all() {
        var delegation = delegation();
        var csv = PARTICIPANTS_HEADER + "Argentina,Pérez,Ana,Cancillería,Directora,Female,Focal point,ana@example.org\r\n"
                + ",Mora,Luis,Ministerio de Defensa,,Male,,luis@example.org\r\n";

        var preview = upload("admin", participants(delegation) + "?dryRun=true", CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        var report = json(preview);
        assertThat(report.getInt("rowsRead")).isEqualTo(2);
        assertThat(report.getInt("rowsValid")).isEqualTo(2);
        assertThat(report.getInt("errorCount")).isZero();
        assertThat(report.getBoolean("applied")).isFalse();
        assertThat(report.getJsonArray("sample").getJsonObject(0).getString("description")).contains("Ana Pérez");
        assertThat(participantCount(delegation)).isZero();

        var stored = upload("admin", participants(delegation), CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json(stored).getInt("rowsValid")).isEqualTo(2);
        assertThat(json(stored).getBoolean("applied")).isTrue();
        assertThat(participantCount(delegation)).isEqualTo(2);
    }

    @Test
    void a_file_with_a_bad_row_is_refused_with_its_row_and_column_and_nothing_is_stored() {
        var delegation = delegation();
        var before = participantCount(delegation);
        var csv = PARTICIPANTS_HEADER + ",Pérez,Ana,Cancillería,,Female,,ana@example.org\r\n"
                + ",Mora,Luis,Defensa,,Unknown,,luis@example.org\r\n"
                + ",Vega,Rosa,=HYPERLINK(\"http://x\"),,Female,,rosa@example.org\r\n"
                + ",Soto,Eva,Defensa,,Female,,ANA@example.org\r\n";

        var reply = upload("admin", participants(delegation), CSV, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(422);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        var errors = json(reply).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getInt("row") + "|" + e.getString("column")).toList();
        assertThat(errors).containsExactly("3|Sex", "4|Institution", "5|Email");
        assertThat(json(reply).getInt("errorCount")).isEqualTo(3);
        assertThat(participantCount(delegation)).isEqualTo(before);
    }

    @Test
    void a_file_too_large_of_the_wrong_type_or_a_zip_bomb_is_refused_with_a_clear_message() throws IOException {
        var delegation = delegation();

        var tooLarge = upload("admin", participants(delegation), CSV, new byte[11 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(json(tooLarge).getString("detail")).contains("larger than 10 MB");

        var pdf = upload("admin", participants(delegation), "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(415);

        var notXlsx = upload("admin", participants(delegation), XLSX, PARTICIPANTS_HEADER.getBytes(StandardCharsets.UTF_8));
        assertThat(notXlsx.statusCode()).as(notXlsx.body()).isEqualTo(415);
        assertThat(json(notXlsx).getString("detail")).contains("not an XLSX workbook");

        var bomb = upload("admin", participants(delegation), XLSX, zipBomb());
        assertThat(bomb.statusCode()).as(bomb.body()).isEqualTo(413);
        assertThat(json(bomb).getString("detail")).contains("zip bomb");

        var latin1 = upload("admin", participants(delegation), CSV,
                (PARTICIPANTS_HEADER + ",Pérez,Ana,Cancillería,,Female,,\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).as(latin1.body()).isEqualTo(422);
        assertThat(json(latin1).getString("detail")).contains("not UTF-8");
        assertThat(participantCount(delegation)).isZero();
    }

    @Test
    void only_the_cohort_trainers_import_participants_and_only_the_roadmap_editors_import_actuals() {
        var delegation = delegation();
        var csv = (PARTICIPANTS_HEADER + ",Pérez,Ana,Cancillería,,Female,,\r\n").getBytes(StandardCharsets.UTF_8);

        assertThat(upload("delegate.ec", participants(delegation), CSV, csv).statusCode()).isEqualTo(403);
        assertThat(upload("sponsor", "api/v1/roadmaps/" + delegation.getJsonNumber("roadmapId") + "/imports/actuals", CSV, csv).statusCode())
                .isEqualTo(403);
        assertThat(upload(null, participants(delegation), CSV, csv).statusCode()).isEqualTo(401);
        assertThat(participantCount(delegation)).isZero();
    }

    @Test
    void actuals_import_by_node_number_indicator_and_period_skipping_targets_and_known_actuals() {
        var delegation = delegation();
        var roadmap = "api/v1/roadmaps/" + delegation.getJsonNumber("roadmapId");
        var goal = created(api().post(roadmap + "/nodes", """
                {"level": "GOAL", "title": "Women shape security policy", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2027-12-31"}"""));
        var outcome = created(api().post(roadmap + "/nodes", """
                {"parentId": %d, "level": "OUTCOME", "title": "More women negotiate", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(goal.getJsonNumber("id").longValue())));
        var indicator = created(api().post("api/v1/nodes/" + outcome.getJsonNumber("id") + "/indicators", """
                {"title": "Women in delegations", "unit": "NUMBER", "ascending": true, "baselineValue": 2,
                 "baselineDate": "2026-01-01", "disaggregatedBySex": true}"""));
        var period = created(api().post("api/v1/indicators/" + indicator.getJsonNumber("id") + "/periods", """
                {"startDate": "2026-01-01", "endDate": "2026-12-31", "targets": [{"value": 10}]}"""));
        var header = "No.,Indicator,Period start,Period end,Kind,Sex,Value,As of,Comment\r\n";
        var good = header + "1.1,Women in delegations,2026-01-01,2026-12-31,Target,Total,10,2026-12-31,\r\n"
                + "1.1,Women in delegations,2026-01-01,2026-12-31,Actual,Female,4,2026-06-30,Mid-year count\r\n"
                + "1.1,Women in delegations,2026-01-01,2026-12-31,,Total,6,2026-06-30,\r\n";
        var bad = good + "1.1,Women in delegations,2026-01-01,2026-12-31,,Total,7,31/12/2026,\r\n"
                + "1.9,Women in delegations,2026-01-01,2026-12-31,,Total,7,2026-12-31,\r\n";
        var measurements = "api/v1/periods/" + period.getJsonNumber("id") + "/measurements";
        var before = api().get(measurements).array().size();

        var refused = upload("admin", roadmap + "/imports/actuals", CSV, bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("column")).toList())
                .containsExactly("As of", "No.");
        assertThat(api().get(measurements).array()).hasSize(before);

        var preview = upload("admin", roadmap + "/imports/actuals?dryRun=true", CSV, good.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(json(preview).getInt("rowsValid")).isEqualTo(2);
        assertThat(json(preview).getInt("rowsSkipped")).isEqualTo(1);

        var stored = upload("admin", roadmap + "/imports/actuals", CSV, good.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(api().get(measurements).array()).hasSize(before + 2);

        var again = upload("admin", roadmap + "/imports/actuals", CSV, good.getBytes(StandardCharsets.UTF_8));
        assertThat(json(again).getInt("rowsValid")).as("an export imported again adds nothing").isZero();
        assertThat(api().get(measurements).array()).hasSize(before + 2);
    }

    @Test
    void ten_thousand_participants_import_through_the_api_in_seconds() {
        var delegation = delegation();
        var csv = new StringBuilder(PARTICIPANTS_HEADER);
        for (int i = 0; i < 10_000; i++)
            csv.append(",Family").append(i).append(",Given").append(i).append(",Ministry of Women,,Female,,p").append(i).append("@example.org\r\n");
        var body = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        var preview = upload("admin", participants(delegation) + "?dryRun=true", CSV, body);
        long previewed = System.nanoTime();
        var stored = upload("admin", participants(delegation), CSV, body);
        long done = System.nanoTime();
        System.out.printf("ImportsIT: 10,000 participants (%d KB) previewed in %.2f s and imported in %.2f s through the API%n",
                body.length / 1024, (previewed - start) / 1e9, (done - previewed) / 1e9);

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json(stored).getInt("rowsValid")).isEqualTo(10_000);
        assertThat(participantCount(delegation)).isEqualTo(10_000);
    }

    @Test
    void a_trainer_sees_the_bad_row_fixes_the_file_and_imports_the_participants() throws Exception {
        var delegation = delegation();
        var cohortId = delegation.getJsonNumber("cohortId").longValue();
        var bad = Files.createTempFile("participants-", ".csv");
        var good = Files.createTempFile("participants-", ".csv");
        Files.writeString(bad, PARTICIPANTS_HEADER + ",Quispe,Nina,Ministerio de la Mujer,Asesora,Female,Focal point,nina@example.org\r\n"
                + ",Rojas,Tomás,Cancillería,,Hombre,,tomas@example.org\r\n" + ",Flores,Irma,Defensa,,Feminine,,irma@example.org\r\n");
        Files.writeString(good, PARTICIPANTS_HEADER + ",Quispe,Nina,Ministerio de la Mujer,Asesora,Female,Focal point,nina@example.org\r\n"
                + ",Rojas,Tomás,Cancillería,,Hombre,,tomas@example.org\r\n" + ",Flores,Irma,Defensa,,Female,,irma@example.org\r\n");
        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            page.navigate(base + "cohorts/" + cohortId);
            var country = page.locator("vaadin-grid-cell-content").getByText("Argentina", new Locator.GetByTextOptions().setExact(true)).first();
            country.click();
            assertThat(page.getByText("Participants · Argentina")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import participants")).click();
            assertThat(page.getByText("Import participants into Argentina")).isVisible();

            page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
            assertThat(page.getByText("3 rows read · 2 to import · 0 already there or not imported · 1 errors")).isVisible();
            var cells = page.locator("vaadin-dialog-overlay").locator("vaadin-grid-cell-content");
            assertThat(cells.getByText("Not one of the choices: Feminine")).isVisible();
            assertThat(cells.getByText("Sex", new Locator.GetByTextOptions().setExact(true))).isVisible();
            assertThat(cells.getByText("4", new Locator.GetByTextOptions().setExact(true))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows"))).isDisabled();
            HeadlessChromium.screenshot(page, "import-errors.png");

            page.locator("vaadin-upload input[type=file]").setInputFiles(good);
            assertThat(page.getByText("3 rows read · 3 to import · 0 already there or not imported · 0 errors")).isVisible();
            assertThat(cells.getByText("Tomás Rojas · Cancillería · MALE · tomas@example.org")).isVisible();
            HeadlessChromium.screenshot(page, "import-preview.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 3 rows")).click();

            assertThat(page.getByText("3 rows imported")).isVisible();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Irma Flores")).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Nina Quispe")).isVisible();
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        assertThat(participantCount(delegation)).isEqualTo(3);
    }

    // data ---------------------------------------------------------------------------------------------------

    private Api api() { return new Api(base); }

    /** A fresh open cohort (trainer: the demo trainer) with an Argentine delegation and its empty draft roadmap. */
    private JsonObject delegation() {
        var programme = created(api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["en", "es"], %s}""".formatted(unique("Imports programme"), WpsTemplate.TAGS)));
        var cohort = created(api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "city": "Buenos Aires", "countryCode": "AR",
                 "startDate": "2026-03-10", "endDate": "2026-03-12", "trainers": ["trainer"]}"""
                .formatted(programme.getJsonNumber("id").longValue(), unique("Imports cohort"))));
        var delegation = created(api().post("api/v1/cohorts/" + cohort.getJsonNumber("id") + "/delegations", "{\"countryCode\": \"AR\"}"));
        return Json.createObjectBuilder(delegation).add("cohortId", cohort.getJsonNumber("id")).build();
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String participants(JsonObject delegation) {
        return "api/v1/delegations/" + delegation.getJsonNumber("id") + "/imports/participants";
    }

    private long participantCount(JsonObject delegation) {
        var reply = api().get("api/v1/delegations/" + delegation.getJsonNumber("id") + "/participants?size=1");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return Long.parseLong(reply.totalCount());
    }

    private static String unique(String prefix) { return prefix + " " + UUID.randomUUID().toString().substring(0, 8); }

    /** A zip whose one sheet unpacks from a few hundred KB to 300 MB of zeros. */
    private static byte[] zipBomb() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) zip.write(zeros);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    // HTTP ---------------------------------------------------------------------------------------------------

    /** Posts a file as the raw body, signed in as {@code user} (null: anonymously). */
    private HttpResponse<String> upload(String user, String path, String contentType, byte[] body) {
        var root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        var request = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
