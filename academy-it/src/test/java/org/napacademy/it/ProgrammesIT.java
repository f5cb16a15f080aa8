package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three demo programmes side by side (issue 8): the WPS academy, the parliamentary network's Panama City gathering
 * and the EU–CLASI roadmap of priorities load, list, export and report, each in its own words; the sponsor of one sees
 * nothing of the others.
 */
class ProgrammesIT extends ChromiumDeployment {
    static final String ACADEMY = "WPS National Action Plan Academy";
    static final String NETWORK = "Parliamentary network on security in the Americas";
    static final String CLASI = "EU–CLASI cooperation on internal security";
    static final String NETWORK_GATHERING = "2025 Panama City gathering";
    static final String CLASI_MEETING = "2025 EU–CLASI joint declaration";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api api() {
        return new Api(base);
    }

    @Test
    void the_three_demo_programmes_sit_side_by_side_each_with_its_template_tags_and_words() {
        var programmes = api().get("api/v1/programmes?size=50");
        assertThat(programmes.status()).as(programmes.toString()).isEqualTo(200);
        assertThat(programmes.array().stream().map(p -> p.asJsonObject().getString("name")).toList())
                .contains(ACADEMY, NETWORK, CLASI);

        var academy = programme(ACADEMY);
        assertThat(academy.getJsonArray("levels")).hasSize(4);
        assertThat(codes(academy)).containsExactly("PARTICIPATION", "PREVENTION", "PROTECTION", "RELIEF_AND_RECOVERY");
        assertThat(academy.getJsonObject("vocabulary").getJsonObject("TAG").getString("es")).isEqualTo("Pilar");

        var network = programme(NETWORK);
        assertThat(network.getJsonArray("levels").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("GOAL", "OUTPUT", "ACTIVITY");
        assertThat(codes(network)).hasSize(8).contains("CLIMATE_RESILIENCE", "TRANSNATIONAL_ORGANISED_CRIME");
        var words = network.getJsonObject("vocabulary");
        assertThat(words.getJsonObject("COHORT").getString("en")).isEqualTo("Gathering");
        assertThat(words.getJsonObject("DELEGATION").getString("fr")).isEqualTo("Parlement membre");
        assertThat(words.getJsonObject("ROADMAP").getString("es")).isEqualTo("Documento final");
        assertThat(words.getJsonObject("GOAL").getString("en")).isEqualTo("Priority");

        var clasi = programme(CLASI);
        assertThat(codes(clasi)).hasSize(10).contains("ILLICIT_FINANCIAL_FLOWS", "PORT_AND_LOGISTICS_SECURITY", "CYBERCRIME");
        assertThat(clasi.getJsonObject("vocabulary").getJsonObject("ROADMAP").getString("en")).isEqualTo("Roadmap of priorities");
        assertThat(clasi.getJsonObject("vocabulary").getJsonObject("DELEGATION").getString("pt")).isEqualTo("Ministério");
    }

    @Test
    void the_network_s_gathering_adopted_an_outcome_document_endorsed_by_eight_legislatures_and_elected_its_committee() {
        var gathering = cohort(NETWORK_GATHERING);
        assertThat(gathering.getString("startDate")).isEqualTo("2025-11-27");
        assertThat(gathering.getString("endDate")).isEqualTo("2025-11-28");
        assertThat(gathering.getString("city")).isEqualTo("Panama City");
        var delegations = api().get("api/v1/cohorts/" + id(gathering) + "/delegations").array();
        assertThat(delegations.stream().map(d -> d.asJsonObject().getString("countryCode")).toList())
                .containsExactlyInAnyOrder("CA", "MX", "PA", "SV", "KN", "BB", "CL", "PY");

        var document = sharedRoadmap(gathering);
        assertThat(document.getBoolean("gathering")).isTrue();
        assertThat(absent(document, "delegationId")).isTrue();
        assertThat(document.getString("status")).isEqualTo("ENDORSED");
        assertThat(document.getString("adoptedOn")).isEqualTo("2025-11-28");
        assertThat(document.getJsonArray("endorsements")).hasSize(8);
        var priorities = document.getJsonArray("nodes");
        assertThat(priorities).hasSize(8);
        var actions = priorities.stream().flatMap(p -> p.asJsonObject().getJsonArray("children").stream()).map(JsonValue::asJsonObject).toList();
        assertThat(actions).allSatisfy(action -> assertThat(action.getString("level")).isEqualTo("OUTPUT"));
        var delegationIds = delegations.stream().map(d -> d.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertThat(actions).filteredOn(action -> !absent(action, "assignedDelegationId"))
                .allSatisfy(action -> assertThat(delegationIds).contains(action.getJsonNumber("assignedDelegationId").longValue()))
                .hasSizeGreaterThan(5);

        var committee = api().get("api/v1/programmes/" + id(programme(NETWORK)) + "/committee");
        assertThat(committee.status()).as(committee.toString()).isEqualTo(200);
        assertThat(committee.array().stream().map(JsonValue::asJsonObject)
                .map(seat -> seat.getString("role") + " " + seat.getString("subregion", "-") + " " + seat.getString("countryIso2")).toList())
                .containsExactly("PRESIDENT - CA", "VICE_PRESIDENT NORTH_AMERICA MX", "VICE_PRESIDENT CENTRAL_AMERICA PA",
                        "VICE_PRESIDENT CENTRAL_AMERICA SV", "VICE_PRESIDENT CARIBBEAN BB", "VICE_PRESIDENT CARIBBEAN KN",
                        "VICE_PRESIDENT SOUTH_AMERICA CL", "VICE_PRESIDENT SOUTH_AMERICA PY");
        assertThat(committee.array()).allSatisfy(seat -> assertThat(seat.asJsonObject().getString("electedAtCohortName")).isEqualTo(NETWORK_GATHERING));
    }

    @Test
    void the_eu_clasi_roadmap_of_priorities_covers_sixteen_members_and_ten_crime_areas() {
        var meeting = cohort(CLASI_MEETING);
        var members = api().get("api/v1/cohorts/" + id(meeting) + "/delegations").array();
        assertThat(members.stream().map(d -> d.asJsonObject().getString("countryCode")).toList()).containsExactlyInAnyOrder(
                "AR", "BR", "BO", "CL", "CR", "CO", "GT", "EC", "SV", "HN", "MX", "PA", "PE", "UY", "PY", "DO");
        var roadmap = sharedRoadmap(meeting);
        assertThat(roadmap.getString("title")).isEqualTo("Roadmap of priorities for operational cooperation 2025-2026");
        assertThat(roadmap.getJsonArray("endorsements")).hasSize(16);
        assertThat(roadmap.getJsonArray("nodes").stream().map(n -> n.asJsonObject().getString("tag")).toList()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void the_shared_roadmaps_export_in_every_format_and_their_gatherings_report_outcomes() throws Exception {
        for (var name : List.of(NETWORK_GATHERING, CLASI_MEETING)) {
            var cohort = cohort(name);
            var roadmapId = id(sharedRoadmap(cohort));
            var csv = download("roadmaps/" + roadmapId + "/exports/csv");
            assertThat(csv.statusCode()).as(name).isEqualTo(200);
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("\r\n1,").contains("1.1,");
            assertThat(download("roadmaps/" + roadmapId + "/exports/xlsx").statusCode()).as(name).isEqualTo(200);
            var pdf = download("roadmaps/" + roadmapId + "/exports/pdf?lang=en");
            assertThat(pdf.statusCode()).as(name).isEqualTo(200);
            assertThat(new PdfTextExtractor(new PdfReader(new ByteArrayInputStream(pdf.body()))).getTextFromPage(1)).contains(name);
            var iati = download("roadmaps/" + roadmapId + "/exports/iati");
            assertThat(iati.statusCode()).as(name).isEqualTo(200);
            assertThat(new String(iati.body(), StandardCharsets.UTF_8)).contains("recipient-country").contains("percentage=");

            var outcomes = api().get("api/v1/cohorts/" + id(cohort) + "/outcomes");
            assertThat(outcomes.status()).as(outcomes.toString()).isEqualTo(200);
            assertThat(download("cohorts/" + id(cohort) + "/exports/pdf?lang=en").statusCode()).as(name).isEqualTo(200);
        }
        var programmeOutcomes = api().get("api/v1/programmes/" + id(programme(NETWORK)) + "/outcomes");
        assertThat(programmeOutcomes.status()).as(programmeOutcomes.toString()).isEqualTo(200);
    }

    @Test
    void the_sponsor_of_one_programme_sees_nothing_of_the_others() {
        record Observer(String username, String programme, String cohort) { }
        var observers = List.of(new Observer("sponsor", ACADEMY, "2025 Panama City"),
                new Observer("sponsor.network", NETWORK, NETWORK_GATHERING),
                new Observer("sponsor.eu", CLASI, CLASI_MEETING));
        for (var observer : observers) {
            var sponsor = api().as(observer.username());
            assertThat(names(sponsor.get("api/v1/programmes?size=50"))).as(observer.username()).containsExactly(observer.programme());
            var cohorts = sponsor.get("api/v1/cohorts?size=50").array();
            assertThat(cohorts).as(observer.username()).isNotEmpty().allSatisfy(c ->
                    assertThat(c.asJsonObject().getInt("programmeId")).isEqualTo(id(programme(observer.programme()))));
            var roadmaps = sponsor.get("api/v1/roadmaps?size=100").array();
            var visibleCohorts = roadmaps.stream().map(r -> r.asJsonObject().getJsonNumber("cohortId").longValue()).distinct().toList();
            var ownCohorts = cohorts.stream().map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList();
            assertThat(ownCohorts).as(observer.username()).containsAll(visibleCohorts);

            for (var other : observers) {
                if (other == observer) continue;
                var what = observer.username() + " looking at " + other.programme();
                var otherCohort = cohort(other.cohort());
                assertThat(sponsor.get("api/v1/programmes/" + id(programme(other.programme()))).status()).as(what).isEqualTo(403);
                assertThat(sponsor.get("api/v1/cohorts/" + id(otherCohort)).status()).as(what).isEqualTo(403);
                assertThat(sponsor.get("api/v1/cohorts/" + id(otherCohort) + "/outcomes").status()).as(what).isEqualTo(403);
                assertThat(sponsor.get("api/v1/programmes/" + id(programme(other.programme())) + "/outcomes").status()).as(what).isEqualTo(403);
            }
        }
        var networkDocument = id(sharedRoadmap(cohort(NETWORK_GATHERING)));
        assertThat(api().as("sponsor.network").get("api/v1/roadmaps/" + networkDocument).status()).isEqualTo(200);
        assertThat(api().as("sponsor.eu").get("api/v1/roadmaps/" + networkDocument).status()).isEqualTo(403);
        assertThat(api().as("sponsor").get("api/v1/roadmaps/" + networkDocument).status()).isEqualTo(403);
        assertThat(api().as("delegate.ec").get("api/v1/roadmaps/" + networkDocument).status())
                .as("a delegate of the academy is no member of the gathering").isEqualTo(403);
    }

    @Test
    void in_the_browser_each_programme_speaks_its_own_words_and_its_sponsor_sees_only_it() throws Exception {
        try (var context = chromium.newContext("es-PA")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "sponsor.network");
            var document = id(sharedRoadmap(cohort(NETWORK_GATHERING)));
            page.navigate(base + "roadmaps/" + document);
            assertThat(page.getByText("Panama City outcome document").first()).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Prioridad")).first()).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Resiliencia climática")).first()).isVisible();
            HeadlessChromium.screenshot(page, "network-outcome-document-es.png");
            page.navigate(base + "programmes");
            assertThat(page.getByText(NETWORK).first()).isVisible();
            assertThat(page.getByText(ACADEMY)).hasCount(0);
            assertThat(page.getByText(CLASI)).hasCount(0);
        }
        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.navigate(base + "programmes");
            for (var name : List.of(ACADEMY, NETWORK, CLASI)) assertThat(page.getByText(name).first()).isVisible();
            HeadlessChromium.screenshot(page, "programmes-demo.png");
            page.navigate(base + "roadmaps/" + id(sharedRoadmap(cohort(CLASI_MEETING))));
            assertThat(page.getByText("Crime area").first()).isVisible();
            HeadlessChromium.screenshot(page, "clasi-roadmap-of-priorities.png");
        }
    }

    private JsonObject programme(String name) {
        return api().get("api/v1/programmes?size=50").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no programme " + name));
    }

    private JsonObject cohort(String name) {
        return api().get("api/v1/cohorts?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError("no cohort " + name));
    }

    /** The gathering's own roadmap, found in the roadmap list as the one of the cohort without a country. */
    private JsonObject sharedRoadmap(JsonObject cohort) {
        var summary = api().get("api/v1/roadmaps?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("cohortId").longValue() == id(cohort) && absent(r, "countryCode"))
                .findFirst().orElseThrow(() -> new AssertionError("no shared roadmap in " + cohort.getString("name")));
        var roadmap = api().get("api/v1/roadmaps/" + id(summary));
        assertThat(roadmap.status()).as(roadmap.toString()).isEqualTo(200);
        return roadmap.object();
    }

    private static List<String> codes(JsonObject programme) {
        return programme.getJsonArray("tags").stream().map(t -> t.asJsonObject().getString("code")).toList();
    }

    private static List<String> names(Api.Reply list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.array().stream().map(p -> p.asJsonObject().getString("name")).toList();
    }

    /** JSON-B leaves null members out. */
    private static boolean absent(JsonObject object, String member) {
        return !object.containsKey(member) || object.isNull(member);
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/" + path))
                .timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
