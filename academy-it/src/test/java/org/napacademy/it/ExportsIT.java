package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every export path of a demo roadmap and of the Panama City cohort, over real HTTP against the war as
 * built: status, Content-Type, Content-Disposition, and the body read back as its users' programs would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportsIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    @Test
    void a_roadmap_downloads_as_csv_tables() {
        var roadmap = demoRoadmap();
        var nodes = download("roadmaps/" + roadmap.id + "/exports/csv?lang=es", null);

        assertThat(nodes.statusCode()).isEqualTo(200);
        assertThat(nodes.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(disposition(nodes)).isEqualTo("attachment; filename=\"roadmap-" + roadmap.slug + "-nodes.csv\"");
        var text = new String(nodes.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFN.º,Nivel,Superior,Título,Pilar").contains("\r\n1,Objetivo,,");

        var measurements = download("roadmaps/" + roadmap.id + "/exports/csv?table=measurements", "fr-CA, en;q=0.5");
        assertThat(measurements.statusCode()).isEqualTo(200);
        assertThat(disposition(measurements)).contains("-measurements.csv");
        assertThat(new String(measurements.body(), StandardCharsets.UTF_8)).contains("Indicateur", "Valeur de référence", "Cible");
    }

    @Test
    void a_roadmap_downloads_as_a_workbook_a_pdf_and_iati_xml() throws Exception {
        var roadmap = demoRoadmap();

        var xlsx = download("roadmaps/" + roadmap.id + "/exports/xlsx", "pt-BR");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(disposition(xlsx)).isEqualTo("attachment; filename=\"roadmap-" + roadmap.slug + ".xlsx\"");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Resultados", "Medições");
            assertThat(workbook.getFirstSheet().read().get(1).getCellText(1)).isEqualTo("Objetivo");
        }

        var pdf = download("roadmaps/" + roadmap.id + "/exports/pdf?lang=es", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(disposition(pdf)).isEqualTo("attachment; filename=\"roadmap-" + roadmap.slug + ".pdf\"");
        var reader = new PdfReader(pdf.body());
        var text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(roadmap.title.substring(0, 20), "Cadena de resultados", "País");

        var iati = download("roadmaps/" + roadmap.id + "/exports/iati", null);
        assertThat(iati.statusCode()).isEqualTo(200);
        assertThat(iati.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(disposition(iati)).isEqualTo("attachment; filename=\"roadmap-" + roadmap.slug + "-iati.xml\"");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(iati.body()));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/iati-activities/@version", xml)).isEqualTo("2.03");
        assertThat(xpath.evaluate("//iati-identifier", xml)).endsWith("-RM" + roadmap.id);
        assertThat(xpath.evaluate("count(//result/indicator)", xml)).isNotEqualTo("0");
        var schema = schemaDirectory();
        if (schema.isPresent()) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema.get().toFile())
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(iati.body())));
        }
    }

    @Test
    void a_cohort_downloads_as_a_calendar_tables_a_workbook_and_an_outcome_report() throws Exception {
        var cohort = panamaCity();

        var ics = download("cohorts/" + cohort.getJsonNumber("id") + "/exports/ics", "es-PA");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(disposition(ics)).isEqualTo("attachment; filename=\"cohort-2025-panama-city-sessions.ics\"");
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics.body()));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).isNotEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(new String(ics.body(), StandardCharsets.UTF_8)).contains("DTSTART;TZID=America/Panama:20250624T");

        var csv = download("cohorts/" + cohort.getJsonNumber("id") + "/exports/csv?table=sessions&lang=en", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(disposition(csv)).isEqualTo("attachment; filename=\"cohort-2025-panama-city-sessions.csv\"");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFModule,Start,End,Time zone")
                .contains("America/Panama");

        var xlsx = download("cohorts/" + cohort.getJsonNumber("id") + "/exports/xlsx?lang=en", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Participants", "Sessions", "Attendance");
            assertThat(workbook.getFirstSheet().read().size()).isGreaterThan(4);
        }

        var pdf = download("cohorts/" + cohort.getJsonNumber("id") + "/exports/pdf?lang=es", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(disposition(pdf)).isEqualTo("attachment; filename=\"cohort-2025-panama-city.pdf\"");
        var reader = new PdfReader(pdf.body());
        var firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains("Informe de resultados de la cohorte", "2025 Panama City", "Cifras clave", "Panamá");
        var extractor = new PdfTextExtractor(reader);
        var allPages = new StringBuilder();
        for (int number = 1; number <= reader.getNumberOfPages(); number++) allPages.append(extractor.getTextFromPage(number));
        assertThat(allPages).contains("Participantes por delegación y sexo", "Calendario y asistencia");
    }

    @Test
    void an_unknown_format_language_or_entity_is_a_problem() {
        var cohortId = panamaCity().getJsonNumber("id");

        var format = download("cohorts/" + cohortId + "/exports/docx", null);
        assertThat(format.statusCode()).isEqualTo(404);
        assertThat(format.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(new String(format.body(), StandardCharsets.UTF_8)).contains("ics, csv, xlsx, pdf");
        var roadmapFormat = download("roadmaps/" + demoRoadmap().id + "/exports/ics", null);
        assertThat(roadmapFormat.statusCode()).isEqualTo(404);
        assertThat(new String(roadmapFormat.body(), StandardCharsets.UTF_8)).contains("csv, xlsx, pdf, iati");

        assertThat(download("cohorts/" + cohortId + "/exports/pdf?lang=de", null).statusCode()).isEqualTo(400);
        assertThat(download("cohorts/" + cohortId + "/exports/csv?table=feedback", null).statusCode()).isEqualTo(400);
        var missing = download("roadmaps/999999999/exports/pdf", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    // certificates of participation ------------------------------------------------------------------------

    @Test
    void certificates_are_issued_once_to_the_eligible_of_the_cohort_and_download_one_by_one_and_all_together() throws Exception {
        var api = new Api(base);
        var cohortId = panamaCity().getJsonNumber("id").longValue();
        var late = enrolLateParticipant(api, cohortId);
        var programme = "api/v1/programmes/" + panamaCity().getJsonNumber("programmeId");
        assertThat(api.get(programme).object().getJsonNumber("certificateThreshold").bigDecimalValue()).isEqualByComparingTo("0.75");
        assertThat(api.put(programme, "{\"name\":\"Bad threshold\",\"languages\":[\"en\"],\"certificateThreshold\":1.5}", "\"0\"").status())
                .as("a threshold above 1").isEqualTo(400);

        var issued = api.post("api/v1/cohorts/" + cohortId + "/certificates", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        var codes = codes(issued.array());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy((participant, code) -> assertThat(code).matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){2}"));
        assertThat(codes).doesNotContainKey(late);
        assertThat(Set.copyOf(codes.values())).hasSameSizeAs(codes.values());
        var lateRow = issued.array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("participantId").longValue() == late).findFirst().orElseThrow();
        assertThat(lateRow.getBoolean("eligible")).isFalse();
        assertThat(lateRow.getInt("attended")).isZero();
        assertThat(lateRow.getInt("held")).isGreaterThan(0);

        var again = api.post("api/v1/cohorts/" + cohortId + "/certificates", "");
        assertThat(codes(again.array())).as("issued once: the same codes").isEqualTo(codes);
        assertThat(codes(api.get("api/v1/cohorts/" + cohortId + "/certificates").array())).isEqualTo(codes);

        var all = download("cohorts/" + cohortId + "/exports/certificates", null);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(disposition(all)).isEqualTo("attachment; filename=\"certificates-2025-panama-city.pdf\"");
        var reader = new PdfReader(all.body());
        assertThat(reader.getNumberOfPages()).isEqualTo(codes.size());
        var firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(firstPage).contains("CERTIFICADO DE PARTICIPACIÓN", "2025 Panama City", "/verify/");
        assertThat(codes.values().stream().filter(firstPage::contains)).hasSize(1);

        var participant = codes.keySet().iterator().next();
        var one = download("participants/" + participant + "/certificate", null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(disposition(one)).startsWith("attachment; filename=\"certificate-").endsWith(".pdf\"");
        var page = new PdfTextExtractor(new PdfReader(one.body())).getTextFromPage(1);
        assertThat(page).contains(codes.get(participant), "Código de verificación", "sesiones");

        var notEligible = download("participants/" + late + "/certificate", null);
        assertThat(notEligible.statusCode()).isEqualTo(422);
        assertThat(new String(notEligible.body(), StandardCharsets.UTF_8)).contains("not enough for a certificate");
    }

    @Test
    void a_certificate_is_verified_by_its_code_without_signing_in_and_an_unknown_code_is_404() {
        var api = new Api(base);
        var cohortId = panamaCity().getJsonNumber("id").longValue();
        var code = codes(api.post("api/v1/cohorts/" + cohortId + "/certificates", "").array()).values().iterator().next();
        var anonymous = api.anonymous();

        var verified = anonymous.get("api/v1/certificates/" + code);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        var answer = verified.object();
        assertThat(answer.keySet()).containsExactlyInAnyOrder("code", "valid", "participantName", "cohort", "programme",
                "startDate", "endDate", "issuedAt");
        assertThat(answer.getString("code")).isEqualTo(code);
        assertThat(answer.getBoolean("valid")).isTrue();
        assertThat(answer.getString("cohort")).isEqualTo("2025 Panama City");
        assertThat(answer.getString("startDate")).isEqualTo("2025-06-24");
        assertThat(anonymous.get("api/v1/certificates/" + code.toLowerCase(java.util.Locale.ROOT).replace("-", "")).status())
                .as("typed in lower case without hyphens").isEqualTo(200);

        var unknown = anonymous.get("api/v1/certificates/ZZZZ-ZZZZ-ZZZZ");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.get("api/v1/certificates/not-a-code").status()).isEqualTo(404);
        assertThat(anonymous.get("api/v1/cohorts/" + cohortId + "/certificates").status()).as("only verification is public").isEqualTo(401);
        assertThat(anonymous.get("api/v1/certificates/" + code + "/x").status()).isEqualTo(401);
    }

    @Test
    void certificates_are_refused_to_a_sponsor_and_to_another_delegation_but_go_to_the_participants_own() {
        var api = new Api(base);
        var cohortId = panamaCity().getJsonNumber("id").longValue();
        var codes = codes(api.post("api/v1/cohorts/" + cohortId + "/certificates", "").array());
        var ecuadorian = participantsOf(api, cohortId, "EC").stream().filter(codes::containsKey).findFirst().orElseThrow();
        var certificate = "api/v1/participants/" + ecuadorian + "/certificate";

        assertThat(api.as("sponsor").get("api/v1/cohorts/" + cohortId + "/certificates").status()).isEqualTo(403);
        assertThat(api.as("sponsor").get("api/v1/cohorts/" + cohortId + "/exports/certificates").status()).isEqualTo(403);
        assertThat(api.as("sponsor").get(certificate).status()).isEqualTo(403);
        assertThat(api.as("delegate.bo").get(certificate).status()).as("another delegation of the cohort").isEqualTo(403);
        assertThat(api.as("delegate.tt").get(certificate).status()).as("another cohort").isEqualTo(403);
        assertThat(api.as("delegate.ec").post("api/v1/cohorts/" + cohortId + "/certificates", "").status()).isEqualTo(403);
        assertThat(api.as("delegate.ec").get("api/v1/cohorts/" + cohortId + "/exports/certificates").status()).isEqualTo(403);
        var own = api.as("delegate.ec").get(certificate);
        assertThat(own.status()).as("the participant's own delegation").isEqualTo(200);
        assertThat(own.contentType()).isEqualTo("application/pdf");
        assertThat(api.as("trainer").get(certificate).status()).isEqualTo(200);
    }

    // helpers --------------------------------------------------------------------------------------------

    /** Participant id to code, for those with a certificate. */
    private static Map<Long, String> codes(JsonArray candidates) {
        var codes = new LinkedHashMap<Long, String>();
        candidates.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code", null) != null)
                .forEach(c -> codes.put(c.getJsonNumber("participantId").longValue(), c.getString("code")));
        return codes;
    }

    private static List<Long> participantsOf(Api api, long cohortId, String countryCode) {
        var delegation = api.get("api/v1/cohorts/" + cohortId + "/delegations").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals(countryCode)).findFirst().orElseThrow();
        return api.get("api/v1/delegations/" + delegation.getJsonNumber("id") + "/participants?size=100").array().stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** A participant of Ecuador's delegation enrolled after the sessions: attended none. */
    private static long enrolLateParticipant(Api api, long cohortId) {
        var delegation = api.get("api/v1/cohorts/" + cohortId + "/delegations").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals("EC")).findFirst().orElseThrow();
        var enrolled = api.post("api/v1/delegations/" + delegation.getJsonNumber("id") + "/participants",
                "{\"givenName\":\"Late\",\"familyName\":\"Comer " + System.nanoTime() + "\",\"institutionName\":\"Ministry\","
                        + "\"institutionType\":\"GOVERNMENT\",\"sex\":\"FEMALE\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.object().getJsonNumber("id").longValue();
    }

    private record DemoRoadmap(long id, String title, String slug) {
    }

    private JsonObject panamaCity() {
        var cohorts = Json.createReader(new StringReader(new String(download("cohorts", null).body(), StandardCharsets.UTF_8))).readArray();
        return cohorts.stream().map(c -> c.asJsonObject()).filter(c -> c.getString("name").equals("2025 Panama City"))
                .findFirst().orElseThrow();
    }

    /** The roadmap of Panama City's first delegation (by country name), with its file-name slug. */
    private DemoRoadmap demoRoadmap() {
        var delegations = Json.createReader(new StringReader(new String(download("cohorts/" + panamaCity().getJsonNumber("id")
                + "/delegations", null).body(), StandardCharsets.UTF_8))).readArray();
        var first = delegations.getJsonObject(0);
        long id = first.getJsonNumber("roadmapId").longValue();
        var roadmap = Json.createReader(new StringReader(new String(download("roadmaps/" + id, null).body(),
                StandardCharsets.UTF_8))).readObject();
        var country = first.getString("countryCode");
        var slug = switch (country) {
            case "BO" -> "bolivia";
            case "CR" -> "costa-rica";
            case "EC" -> "ecuador";
            case "PA" -> "panama";
            default -> throw new IllegalStateException("unexpected demo country " + country);
        };
        return new DemoRoadmap(id, roadmap.getString("title"), slug);
    }

    private HttpResponse<byte[]> download(String path, String acceptLanguage) {
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (acceptLanguage != null) request.header("Accept-Language", acceptLanguage);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String disposition(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Disposition").orElse("");
    }

    /** shared/iati-2.03/iati-activities-schema.xsd beside the repository, when present. */
    private static Optional<Path> schemaDirectory() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared").resolve("iati-2.03").resolve("iati-activities-schema.xsd");
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
