package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Network governance (issue 8) over REST and in headless Chromium: the executive committee of a programme, elected at
 * one of its gatherings, listed president first and vice-presidents by subregion; one president at a time; versions
 * guard changes; read by whoever reads the programme, changed by administrators and trainers.
 */
class GovernanceIT extends ChromiumDeployment {
    private static final String PROBLEM = "application/problem+json";
    /** The first gathering of the parliamentary network on security: Panama City, 27-28 November 2025. */
    private static final String GATHERING_START = "2025-11-27";
    private static final String GATHERING_END = "2025-11-28";
    private static final String TERM_START = "2025-11-28";
    private static final String TERM_END = "2027-11-27";

    @Test
    void a_committee_elected_at_a_gathering_lists_the_president_first_then_the_vice_presidents_by_subregion() {
        var network = network();
        var elected = api().as("trainer").post(committee(network.programme()),
                seatJson("VICE_PRESIDENT", "SOUTH_AMERICA", "CL", TERM_START, TERM_END, network.gathering()));
        assertThat(elected.status()).as(elected.toString()).isEqualTo(201);
        assertThat(elected.location()).endsWith("/api/v1/committee-seats/" + id(elected.object()));
        assertThat(elected.etag()).isNotNull();
        assertThat(elected.object().getString("countryName")).isEqualTo("Chile");
        assertThat(elected.object().getString("electedAtCohortName")).isEqualTo(network.gatheringName());
        for (var seat : new String[][] {{"VICE_PRESIDENT", "CARIBBEAN", "BB"}, {"PRESIDENT", null, "CA"}, {"VICE_PRESIDENT", "NORTH_AMERICA", "MX"},
                {"VICE_PRESIDENT", "CENTRAL_AMERICA", "PA"}, {"VICE_PRESIDENT", "SOUTH_AMERICA", "PY"}, {"VICE_PRESIDENT", "CENTRAL_AMERICA", "SV"},
                {"VICE_PRESIDENT", "CARIBBEAN", "KN"}})
            elect(network, seat[0], seat[1], seat[2], TERM_START, TERM_END);
        var today = LocalDate.now();
        elect(network, "SECRETARY", null, "CR", TERM_START, TERM_START);

        var read = api().as("trainer").get(committee(network.programme()));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.array().stream().map(JsonValue::asJsonObject).map(s -> s.getString("role") + " " + s.getString("countryIso2")))
                .as("vice-presidents by subregion, then by country within one")
                .containsExactly("PRESIDENT CA", "VICE_PRESIDENT MX", "VICE_PRESIDENT PA", "VICE_PRESIDENT SV",
                        "VICE_PRESIDENT BB", "VICE_PRESIDENT KN", "VICE_PRESIDENT CL", "VICE_PRESIDENT PY", "SECRETARY CR");
        var president = read.array().getJsonObject(0);
        assertThat(president.get("subregion")).isIn(null, JsonValue.NULL);
        assertThat(president.getString("termStart")).isEqualTo(TERM_START);
        assertThat(president.getString("termEnd")).isEqualTo(TERM_END);
        assertThat(president.getJsonNumber("electedAtCohortId").longValue()).isEqualTo(network.gathering());
        assertThat(president.getBoolean("current")).isEqualTo(!today.isBefore(LocalDate.parse(TERM_START)) && !today.isAfter(LocalDate.parse(TERM_END)));
        assertThat(read.array().getJsonObject(8).getBoolean("current")).as("a one-day term long past").isFalse();
    }

    @Test
    void a_second_president_whose_term_overlaps_is_refused_with_422_and_nothing_is_stored_but_the_next_term_is_not() {
        var network = network();
        elect(network, "PRESIDENT", null, "CA", TERM_START, TERM_END);

        var second = api().post(committee(network.programme()), seatJson("PRESIDENT", null, "CL", "2027-11-27", "2029-11-26", network.gathering()));
        assertProblem(second, 422);
        assertThat(second.object().getString("detail")).contains("one president at a time", "Canada");
        assertThat(api().get(committee(network.programme())).array()).hasSize(1);

        elect(network, "PRESIDENT", null, "CL", "2027-11-28", "2029-11-27");
        var chile = api().get(committee(network.programme())).array().getJsonObject(0);
        var moved = api().put(seat(chile), seatJson("PRESIDENT", null, "CL", "2027-06-01", "2029-11-27", network.gathering()),
                etag(chile));
        assertProblem(moved, 422);
        assertThat(api().get(committee(network.programme())).array().getJsonObject(0).getString("termStart")).isEqualTo("2027-11-28");
    }

    @Test
    void the_committees_rules_and_bad_input_are_refused_with_problems_and_nothing_is_stored() {
        var network = network();
        var other = network();
        var path = committee(network.programme());

        assertProblem(api().post(path, seatJson("VICE_PRESIDENT", "CARIBBEAN", "CL", TERM_START, TERM_END, network.gathering())), 422);
        assertProblem(api().post(path, seatJson("VICE_PRESIDENT", null, "CL", TERM_START, TERM_END, network.gathering())), 422);
        assertProblem(api().post(path, seatJson("PRESIDENT", "NORTH_AMERICA", "CA", TERM_START, TERM_END, network.gathering())), 422);
        assertProblem(api().post(path, seatJson("PRESIDENT", null, "CA", "2025-11-26", TERM_END, network.gathering())), 422);
        assertProblem(api().post(path, seatJson("PRESIDENT", null, "CA", TERM_START, TERM_END, other.gathering())), 422);
        assertProblem(api().post(path, seatJson("PRESIDENT", null, "CA", TERM_END, TERM_START, network.gathering())), 400);
        assertProblem(api().post(path, seatJson("PRESIDENT", null, "ZZ", TERM_START, TERM_END, network.gathering())), 400);
        assertProblem(api().post(path, seatJson("PRESIDENT", null, "CA", TERM_START, TERM_END, 999_999_999L)), 400);
        assertProblem(api().post(path, seatJson("CHAIR", null, "CA", TERM_START, TERM_END, network.gathering())), 400);
        var missing = api().post(path, """
                {"countryIso2": "ca", "termStart": "%s"}""".formatted(TERM_START));
        assertProblem(missing, 400);
        assertThat(missing.object().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList())
                .anySatisfy(field -> assertThat(field).contains("role"))
                .anySatisfy(field -> assertThat(field).contains("countryIso2"))
                .anySatisfy(field -> assertThat(field).contains("termEnd"))
                .anySatisfy(field -> assertThat(field).contains("electedAtCohortId"));
        assertProblem(api().post("api/v1/programmes/999999999/committee", seatJson("PRESIDENT", null, "CA", TERM_START, TERM_END,
                network.gathering())), 404);
        assertThat(api().get(path).array()).isEmpty();
    }

    @Test
    void a_stale_change_or_removal_is_refused_with_412_and_changes_nothing() {
        var network = network();
        var seat = elect(network, "VICE_PRESIDENT", "NORTH_AMERICA", "MX", TERM_START, TERM_END);
        var reassigned = seatJson("VICE_PRESIDENT", "NORTH_AMERICA", "US", TERM_START, "2028-11-27", network.gathering());

        var changed = api().as("trainer").put(seat(seat), reassigned, etag(seat));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getString("countryIso2")).isEqualTo("US");
        assertThat(changed.object().getString("termEnd")).isEqualTo("2028-11-27");
        assertThat(changed.etag()).isNotEqualTo(etag(seat));

        assertProblem(api().put(seat(seat), seatJson("VICE_PRESIDENT", "NORTH_AMERICA", "CA", TERM_START, TERM_END, network.gathering()),
                etag(seat)), 412);
        assertProblem(api().delete(seat(seat), etag(seat)), 412);
        assertProblem(api().put(seat(seat), reassigned, null), 428);
        var kept = api().get(committee(network.programme())).array().getJsonObject(0);
        assertThat(kept.getString("countryIso2")).isEqualTo("US");

        assertThat(api().as("trainer").delete(seat(seat), changed.etag()).status()).isEqualTo(204);
        assertThat(api().get(committee(network.programme())).array()).isEmpty();
        assertProblem(api().delete(seat(seat), changed.etag()), 404);
    }

    @Test
    void only_administrators_and_trainers_change_a_committee_and_only_readers_of_the_programme_read_it() {
        var network = network();
        var seat = elect(network, "PRESIDENT", null, "CA", TERM_START, TERM_END);
        var body = seatJson("PRESIDENT", null, "CL", TERM_START, TERM_END, network.gathering());

        assertProblem(api().as("delegate.ec").post(committee(network.programme()), body), 403);
        assertProblem(api().as("delegate.ec").put(seat(seat), body, etag(seat)), 403);
        assertProblem(api().as("delegate.ec").delete(seat(seat), etag(seat)), 403);
        assertProblem(api().as("sponsor").put(seat(seat), body, etag(seat)), 403);
        assertProblem(api().as("sponsor").get(committee(network.programme())), 403);
        assertThat(api().anonymous().get(committee(network.programme())).status()).isEqualTo(401);
        assertThat(api().get(committee(network.programme())).array().getJsonObject(0).getString("countryIso2")).isEqualTo("CA");

        // the demo sponsor and delegates read the committee of the programme they fund or belong to
        var demoProgramme = api().get("api/v1/programmes").array().getJsonObject(0);
        for (var reader : new String[] {"sponsor", "delegate.ec", "delegate.tt"})
            assertThat(api().as(reader).get(committee(id(demoProgramme))).status()).as(reader).isEqualTo(200);
    }

    @Test
    void a_trainer_adds_a_seat_through_the_form_and_sees_it_in_the_committee() throws Exception {
        var network = network();
        elect(network, "PRESIDENT", null, "CA", TERM_START, TERM_END);
        elect(network, "VICE_PRESIDENT", "NORTH_AMERICA", "MX", TERM_START, TERM_END);

        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            page.navigate(base + "programmes/" + network.programme() + "/committee");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Executive committee: " + network.name())))
                    .isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Canada", new Locator.GetByTextOptions().setExact(true))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a seat")).click();
            choose(page, "Role", "Vice", "Vice-president");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("[slot='error-message']", new Page.LocatorOptions().setHasText("A vice-president represents a subregion")))
                    .isVisible();
            choose(page, "Subregion represented", "Carib", "Caribbean");
            choose(page, "Country holding the seat", "Barb", "Barbados");
            var end = page.getByLabel("Term ends", new Page.GetByLabelOptions().setExact(true));
            end.fill("11/27/2027");
            end.press("Enter");
            HeadlessChromium.screenshot(page, "committee-form.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            page.locator("vaadin-dialog-overlay").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

            assertThat(page.locator("vaadin-grid-cell-content").getByText("Barbados", new Locator.GetByTextOptions().setExact(true))).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").getByText("Caribbean", new Locator.GetByTextOptions().setExact(true))).isVisible();
            HeadlessChromium.screenshot(page, "committee.png");
        }
        assertThat(api().get(committee(network.programme())).array().stream().map(s -> s.asJsonObject().getString("countryIso2")))
                .containsExactly("CA", "MX", "BB");
    }

    @Test
    void the_sponsor_reads_the_committee_of_the_programme_they_fund_in_spanish_on_a_tablet_without_the_buttons_that_change_it()
            throws Exception {
        var cohort = api().get("api/v1/cohorts?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        var demo = new Network(cohort.getJsonNumber("programmeId").longValue(), cohort.getString("programmeName"), id(cohort), cohort.getString("name"));
        elect(demo, "VICE_PRESIDENT", "CENTRAL_AMERICA", "CR", "2025-06-26", "2027-06-25");
        elect(demo, "TREASURER", null, "EC", "2025-06-26", "2027-06-25");

        try (var context = chromium.newContext("es-PA")) {
            var page = context.newPage();
            page.setViewportSize(800, 1000);
            HeadlessChromium.signIn(page, base, "sponsor");
            page.navigate(base + "programmes/" + demo.programme() + "/committee");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comité ejecutivo: " + demo.name())))
                    .isVisible();
            var cells = page.locator("vaadin-grid-cell-content");
            assertThat(cells.getByText("Vicepresidencia", new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(cells.getByText("Centroamérica", new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(cells.getByText("Tesorería", new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Añadir un puesto"))).hasCount(0);
            HeadlessChromium.screenshot(page, "committee-sponsor-es.png");
        }
    }

    // helpers ----------------------------------------------------------------------------------------------

    /** A programme run as a network with its first gathering, both new. */
    private record Network(long programme, String name, long gathering, String gatheringName) { }

    private Network network() {
        var name = unique("Parliamentary network on security");
        var programme = api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["en", "es", "pt", "fr"]}""".formatted(name));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        var gatheringName = unique("First gathering, Panama City");
        var gathering = api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "venueName": "National Assembly", "city": "Panama City",
                 "countryCode": "PA", "timeZone": "America/Panama", "startDate": "%s", "endDate": "%s",
                 "trainers": ["trainer"]}""".formatted(id(programme.object()), gatheringName, GATHERING_START, GATHERING_END));
        assertThat(gathering.status()).as(gathering.toString()).isEqualTo(201);
        return new Network(id(programme.object()), name, id(gathering.object()), gatheringName);
    }

    private JsonObject elect(Network network, String role, String subregion, String country, String start, String end) {
        var reply = api().post(committee(network.programme()), seatJson(role, subregion, country, start, end, network.gathering()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String seatJson(String role, String subregion, String country, String start, String end, long gathering) {
        return """
                {"role": "%s", "subregion": %s, "countryIso2": "%s", "termStart": "%s", "termEnd": "%s", "electedAtCohortId": %d}"""
                .formatted(role, subregion == null ? "null" : "\"" + subregion + "\"", country, start, end, gathering);
    }

    /** Types into a combo box and picks the option. */
    private static void choose(Page page, String label, String typed, String option) {
        var box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
        box.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
        assertThat(box).hasValue(Pattern.compile(option));
    }

    private static String committee(long programme) { return "api/v1/programmes/" + programme + "/committee"; }

    private static String seat(JsonObject seat) { return "api/v1/committee-seats/" + id(seat); }

    private static String etag(JsonObject seat) { return "\"" + seat.getJsonNumber("version").longValue() + "\""; }

    private static long id(JsonObject entity) { return entity.getJsonNumber("id").longValue(); }

    private static String unique(String name) { return name + " " + UUID.randomUUID().toString().substring(0, 8); }

    private Api api() { return new Api(base); }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }
}
