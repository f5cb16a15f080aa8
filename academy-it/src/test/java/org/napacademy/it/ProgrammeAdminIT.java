package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The administrator's cross-programme views (issue 8): the programmes side by side with their figures, one
 * programme's page and its configuration form, and a sponsor who sees only the programme they fund, in the
 * browser and through {@code GET /programmes/summaries}.
 */
class ProgrammeAdminIT extends BrowserJourney {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "a sponsor's long password";

    ProgrammeAdminIT() {
        super("en-GB");
    }

    @Test
    void the_administrator_sees_every_programme_side_by_side_with_its_figures() throws Exception {
        var name = unique("Ministerial programme");
        programmeWithTwoCohorts(name);
        var all = api().get("api/v1/programmes/summaries?size=5");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);

        page.navigate(base + "programmes");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Programmes"))).isVisible();
        for (var programme : all.array().getValuesAs(JsonObject.class))
            assertThat(page.getByText(programme.getString("name"), new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        screenshot("programmes.png");

        page.locator("#programmes-search input").fill(name);
        assertThat(page.getByText(name, new Page.GetByTextOptions().setExact(true))).isVisible();
        var cells = page.locator("#programmes-grid vaadin-grid-cell-content").allInnerTexts().stream().map(String::strip).toList();
        assertThat(cells).containsSubsequence(name, "EN · ES", "2", "2", "3", "0%");
    }

    @Test
    void the_summaries_count_cohorts_distinct_countries_roadmaps_and_the_endorsed_share() {
        var name = unique("Summed programme");
        var id = programmeWithTwoCohorts(name);
        var found = api().get("api/v1/programmes/summaries?q=" + name.replace(" ", "%20") + "&sort=-cohorts");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.totalCount()).isEqualTo("1");
        var summary = found.array().getJsonObject(0);
        assertThat(summary.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(summary.getInt("cohorts")).isEqualTo(2);
        assertThat(summary.getInt("delegations")).as("Argentina twice, Chile once").isEqualTo(2);
        assertThat(summary.getInt("roadmaps")).isEqualTo(3);
        assertThat(summary.getInt("endorsedRoadmaps")).isZero();
        assertThat(summary.getJsonNumber("endorsedShare").doubleValue()).isZero();
        assertThat(api().get("api/v1/programmes/summaries?sort=size").status()).isEqualTo(400);
    }

    @Test
    void the_administrator_renames_a_term_through_the_form_and_the_page_and_the_api_use_the_new_word() throws Exception {
        var name = unique("Parliamentary network");
        var id = programmeWithTwoCohorts(name);
        page.navigate(base + "programmes/" + id);
        assertThat(page.locator("#programme-title")).hasText(name);
        assertThat(page.locator("#programme-cohorts-heading")).hasText("Cohorts");
        assertThat(page.locator("#programme-cohorts").getByText(name + " I", new Locator.GetByTextOptions().setExact(true))).isVisible();
        screenshot("programme.png");

        page.locator("#programme-configure").click();
        page.locator("#vocabulary-COHORT-en input").fill("Gathering");
        page.locator("#vocabulary-COHORTS-en input").fill("Gatherings");
        page.locator("#vocabulary-COHORT-es input").fill("Encuentro");
        screenshot("programme-form.png");
        save();

        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("#programme-cohorts-heading")).hasText("Gatherings");
        assertThat(page.locator("#programme-vocabulary").getByText("Gathering", new Locator.GetByTextOptions().setExact(true))).isVisible();
        var programme = api().get("api/v1/programmes/" + id);
        assertThat(programme.object().getJsonObject("vocabulary").getJsonObject("COHORT").getString("en")).isEqualTo("Gathering");
        assertThat(programme.object().getJsonObject("vocabulary").getJsonObject("COHORT").getString("es")).isEqualTo("Encuentro");
    }

    @Test
    void a_lower_case_tag_code_is_refused_next_to_its_field_until_it_is_corrected() throws Exception {
        var name = unique("Security programme");
        var id = programmeWithTwoCohorts(name);
        var before = api().get("api/v1/programmes/" + id).etag();
        page.navigate(base + "programmes/" + id);
        page.locator("#programme-configure").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a tag")).click();
        page.getByLabel("Code").fill("cybercrime");
        save();
        assertThat(page.getByText("Upper-case letters, digits and underscores, starting with a letter (e.g. CYBERCRIME)")).isVisible();
        assertThat(api().get("api/v1/programmes/" + id).etag()).isEqualTo(before);
        page.getByLabel("Code").scrollIntoViewIfNeeded();
        screenshot("programme-form-tag.png");

        page.getByLabel("Code").fill("CYBERCRIME");
        page.getByRole(AriaRole.DIALOG).getByLabel("EN", new Locator.GetByLabelOptions().setExact(true)).first().fill("Cybercrime");
        save();
        assertThat(page.locator("#programme-tags").getByText("Cybercrime", new Locator.GetByTextOptions().setExact(true))).isVisible();
        var tags = api().get("api/v1/programmes/" + id).object().getJsonArray("tags");
        assertThat(tags.getJsonObject(0).getString("code")).isEqualTo("CYBERCRIME");
    }

    @Test
    void an_administrator_creates_a_programme_from_the_list_with_the_same_form() {
        var name = unique("New network");
        page.navigate(base + "programmes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New programme")).click();
        page.locator("#programme-name input").fill(name);
        save();
        assertThat(page.locator("#programme-title")).hasText(name);
        assertThat(page.getByText("No cohort yet. Trainers plan cohorts from the cohorts page.")).isVisible();
        var found = api().get("api/v1/programmes/summaries?q=" + name.replace(" ", "%20"));
        assertThat(found.totalCount()).isEqualTo("1");
    }

    @Test
    void a_sponsor_sees_only_the_programme_they_fund() {
        var name = unique("Funded programme");
        var funded = programmeWithTwoCohorts(name);
        var other = programmeWithTwoCohorts(unique("Someone else's programme"));
        var username = "sponsor.progs" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
        var created = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Fund %s", "password": "%s", "roles": ["SPONSOR"], "programmeIds": [%d]}"""
                .formatted(username, username, PASSWORD, funded));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var sponsor = api().as(username, PASSWORD);

        var summaries = sponsor.get("api/v1/programmes/summaries");
        assertThat(summaries.status()).as(summaries.toString()).isEqualTo(200);
        assertThat(summaries.totalCount()).isEqualTo("1");
        assertThat(summaries.array().getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(funded);
        assertThat(sponsor.get("api/v1/programmes/" + other).status()).isEqualTo(403);
        assertThat(sponsor.get("api/v1/programmes/" + funded).status()).isEqualTo(200);

        try (var context = chromium.newContext("en-GB")) {
            var own = context.newPage();
            HeadlessChromium.signIn(own, base, username, PASSWORD);
            own.navigate(base + "programmes");
            assertThat(own.getByText(name, new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(own.locator("#programmes-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("Someone else"))).hasCount(0);
            assertThat(own.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New programme"))).isHidden();
            own.navigate(base + "programmes/" + other);
            assertThat(own.locator("#access-denied")).isVisible();
        }
    }

    /** A programme in Spanish and English with two cohorts: Argentina and Chile in the first, Argentina again in the second. */
    private long programmeWithTwoCohorts(String name) {
        var programme = api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["es", "en"]}""".formatted(name));
        assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
        var id = programme.object().getJsonNumber("id").longValue();
        var first = cohort(id, name + " I", "2026-03-02", "2026-03-06");
        var second = cohort(id, name + " II", "2026-09-07", "2026-09-11");
        delegation(first, "AR");
        delegation(first, "CL");
        delegation(second, "AR");
        return id;
    }

    private long cohort(long programmeId, String name, String start, String end) {
        var cohort = api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "city": "Lima", "countryCode": "PE", "startDate": "%s", "endDate": "%s"}"""
                .formatted(programmeId, name, start, end));
        assertThat(cohort.status()).as(cohort.toString()).isEqualTo(201);
        return cohort.object().getJsonNumber("id").longValue();
    }

    private void delegation(long cohortId, String countryCode) {
        var delegation = api().post("api/v1/cohorts/" + cohortId + "/delegations", """
                {"countryCode": "%s"}""".formatted(countryCode));
        assertThat(delegation.status()).as(delegation.toString()).isEqualTo(201);
    }

    /** Saves the form in the open dialog. */
    private void save() {
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
    }

    private Api api() {
        return new Api(base);
    }

    private static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }
}
