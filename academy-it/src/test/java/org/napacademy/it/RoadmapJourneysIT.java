package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Journeys 3 and 4 of the UI in real headless Chromium: a delegation reads the roadmaps, edits its DRAFT roadmap's
 * tree (with validation next to the fields), records an actual on an indicator and sees the timeline; a
 * delegate reaches their own roadmap and no other country's; a delegate submits a progress check-in, which the
 * trainer reviews with what changed and accepts.
 */
class RoadmapJourneysIT extends BrowserJourney {
    private static final String BOLIVIA_GOAL = "Women, in their diversity, take part in preventing and resolving social conflicts in Bolivia";
    private static final String BOLIVIA_HARASSMENT = "Political harassment and violence against women in public office are prevented and sanctioned";
    private static final String BOLIVIA_COMPLAINTS = "Complaints of political harassment resolved within the legal deadline";

    RoadmapJourneysIT() {
        super("en-GB");
    }

    @Test
    void the_roadmaps_of_both_cohorts_are_listed_with_their_progress() throws Exception {
        page.navigate(base + "roadmaps");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Roadmaps"))).isVisible();
        assertThat(page.getByText("Trinidad and Tobago").first()).isVisible();
        assertThat(page.getByText("Bolivia", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(page.getByText("2024 Port of Spain").first()).isVisible();
        screenshot("roadmap-list.png");

        page.getByText("Bolivia", new Page.GetByTextOptions().setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Bolivia: roadmap")))).isVisible();
    }

    @Test
    void a_delegation_adds_an_outcome_and_an_output_to_its_draft_roadmap() throws Exception {
        openRoadmap("BO");
        assertThat(page.getByText("Status: Draft")).isVisible();
        assertThat(cell(BOLIVIA_GOAL)).isVisible();
        screenshot("roadmap-tree.png");

        selectTreeRow(BOLIVIA_GOAL);
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Outcome"))).click();
        assertThat(page.getByText("New Outcome")).isVisible();
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).click();
        assertThat(page.getByText("must not be blank").first()).isVisible();
        screenshot("node-form.png");

        var outcome = "Women mayors lead local peace councils " + System.nanoTime();
        visible(page.getByLabel("Title")).fill(outcome);
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).click();
        assertThat(cell(outcome)).isVisible();
        assertThat(page.getByText("Edit Outcome")).isVisible();

        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Output"))).click();
        assertThat(page.getByText("New Output")).isVisible();
        var output = "Peace council toolkit " + System.nanoTime();
        visible(page.getByLabel("Title")).fill(output);
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))).click();

        assertThat(cell(output)).isVisible();
        assertThat(cell(outcome)).isVisible();
        assertThat(page.getByText("Edit Output")).isVisible();
    }

    @Test
    void a_delegation_records_an_actual_and_sees_the_achievement() throws Exception {
        openRoadmap("BO");
        selectTreeRow(BOLIVIA_HARASSMENT);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Indicators")).click();
        cell(BOLIVIA_COMPLAINTS).click();
        // the demo's first semester: baseline 20, target 40, actual 26, so 30 %
        var firstActual = cell(Pattern.compile("^26 on "));
        assertThat(firstActual).isVisible();
        firstActual.click();
        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record actual"))).click();
        var actualForm = page.locator("vaadin-form-layout", new Page.LocatorOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record actual"))));
        actualForm.getByLabel("Value").fill("30");
        actualForm.getByLabel("Comment").fill("Third quarter, from the electoral registers");
        actualForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

        // (30 - 20) / (40 - 20)
        assertThat(cell(Pattern.compile("^30 on "))).isVisible();
        assertThat(cell("50%").first()).isVisible();
        screenshot("indicators.png");
    }

    @Test
    void the_timeline_shows_the_activities_by_month() throws Exception {
        openRoadmap("JM");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Timeline")).click();

        assertThat(page.locator(".timeline-bar").first()).isVisible();
        assertThat(page.locator(".roadmap-timeline").getByText("Activity", new Locator.GetByTextOptions().setExact(true))).isVisible();
        screenshot("timeline.png");
    }

    @Test
    void the_roadmap_downloads_as_a_pdf_from_its_page() throws Exception {
        openRoadmap("BO");

        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF")).click());

        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (var in = Files.newInputStream(download.path())) {
            org.assertj.core.api.Assertions.assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @Test
    void a_delegate_sees_only_their_own_roadmap_and_a_typed_in_url_of_another_countrys_is_refused() {
        var bolivia = roadmapIdOf("BO");
        page.context().clearCookies();
        HeadlessChromium.signIn(page, base, "delegate.ec");

        var menu = page.locator("vaadin-side-nav");
        assertThat(menu.locator("vaadin-side-nav-item", new Locator.LocatorOptions().setHasText("My roadmap"))).isVisible();
        assertThat(menu.locator("vaadin-side-nav-item", new Locator.LocatorOptions().setHasText("Roadmaps"))).hasCount(0);
        menu.locator("vaadin-side-nav-item", new Locator.LocatorOptions().setHasText("My roadmap")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Ecuador: roadmap")))).isVisible();

        page.navigate(base + "roadmaps");
        assertThat(page.getByText("Ecuador", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        assertThat(page.getByText("Bolivia", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(page.getByText("Trinidad and Tobago")).hasCount(0);

        page.navigate(base + "roadmaps/" + bolivia);
        assertThat(page.locator("#access-denied")).hasText("Not allowed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Bolivia: roadmap")))).hasCount(0);
    }

    @Test
    void a_delegate_reaches_no_other_countrys_data_by_any_typed_in_route() {
        var api = new Api(base);
        var portOfSpain = api.get("api/v1/cohorts").array().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("2024 Port of Spain")).findFirst().orElseThrow();
        var cohortId = portOfSpain.getJsonNumber("id").longValue();
        var sessionId = api.get("api/v1/cohorts/" + cohortId + "/sessions").array().getJsonObject(0).getJsonNumber("id").longValue();
        var bolivia = roadmapIdOf("BO");
        page.context().clearCookies();
        HeadlessChromium.signIn(page, base, "delegate.ec");

        for (var route : new String[] {"roadmaps/" + bolivia, "roadmaps/" + roadmapIdOf("TT"), "cohorts/" + cohortId,
                "sessions/" + sessionId, "dashboard", "admin/users"}) {
            page.navigate(base + route);
            assertThat(page.locator("#access-denied")).hasText("Not allowed");
        }
        // the signed-in browser session reads the API too (the download links): still only Ecuador's
        for (var path : new String[] {"roadmaps/" + bolivia, "roadmaps/" + bolivia + "/exports/pdf", "cohorts/" + cohortId,
                "sessions/" + sessionId + "/attendance"}) {
            var answer = page.request().get(base + "api/v1/" + path);
            org.assertj.core.api.Assertions.assertThat(answer.status()).as(path).isEqualTo(403);
        }
        org.assertj.core.api.Assertions.assertThat(page.request().get(base + "api/v1/roadmaps/" + roadmapIdOf("EC")).status()).isEqualTo(200);
    }

    @Test
    void a_delegate_submits_a_check_in_with_a_status_change_and_an_actual_and_the_trainer_sees_what_changed_and_accepts_it() throws Exception {
        var activity = "Distribute it at shelters and border points";
        var indicator = "Women's organisations taking part in the security policy round table";
        page.context().clearCookies();
        HeadlessChromium.signIn(page, base, "delegate.ec");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Check-ins")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ecuador: check-ins"))).isVisible();
        assertThat(page.locator("#reporting-calendar").getByText("No update").first()).isVisible();

        visible(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start check-in"))).click();
        var form = page.locator("#checkin-form");
        form.getByLabel("Achievements").fill("The round table met twice with the Ministry of the Interior");
        choose(form, "Result", "Distribute it at shelters", activity);
        choose(form, "New status", "On track", "On track");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add status change")).click();
        choose(form, "Indicator", "organisations taking part", indicator);
        form.getByLabel("Total").fill("7");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add actual")).click();
        form.getByLabel("Evidence link").fill("https://example.org/round-table-minutes.pdf");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit")).click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("#check-ins [data-state='SUBMITTED']")).hasText("Submitted");
        screenshot("check-in-submitted.png");

        page.context().clearCookies();
        HeadlessChromium.signIn(page, base, "trainer");
        page.navigate(base + "cohorts/" + cohortIdOf("EC"));
        page.locator("a[href='delegations/" + delegationIdOf("EC") + "/check-ins']").click();
        page.locator("#check-ins [data-state='SUBMITTED']").click();
        var changes = page.locator("#checkin-changes");
        assertThat(changes.getByText("What changed since the last check-in")).isVisible();
        assertThat(changes.locator(".status-change")).containsText(activity);
        assertThat(changes.locator(".status-change")).containsText("Not started");
        assertThat(changes.locator(".new-actual")).containsText(indicator + " (Total): 7 on");
        screenshot("check-in-review.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();

        assertThat(page.locator("#check-ins [data-state='ACCEPTED']")).hasText("Accepted");
        assertThat(page.locator("#reporting-calendar [data-state='ACCEPTED']")).hasText("Accepted, locked");
        assertThat(page.locator("#check-ins").getByText("trainer", new Locator.GetByTextOptions().setExact(true))).isVisible();
    }

    /** Types into a combo box of {@code scope} and picks the option whose label contains {@code option}. */
    private void choose(Locator scope, String label, String typed, String option) {
        var box = scope.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName(label).setExact(true));
        box.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
    }

    private long cohortIdOf(String countryCode) {
        return delegationOf(countryCode).getJsonNumber("cohortId").longValue();
    }

    private long delegationIdOf(String countryCode) {
        return delegationOf(countryCode).getJsonNumber("id").longValue();
    }

    private jakarta.json.JsonObject delegationOf(String countryCode) {
        var api = new Api(base);
        for (var cohort : api.get("api/v1/cohorts").array()) {
            var cohortId = cohort.asJsonObject().getJsonNumber("id").longValue();
            for (var delegation : api.get("api/v1/cohorts/" + cohortId + "/delegations").array()) {
                if (delegation.asJsonObject().getString("countryCode").equals(countryCode)) return delegation.asJsonObject();
            }
        }
        throw new AssertionError("No demo delegation of " + countryCode);
    }

    private void openRoadmap(String countryCode) {
        page.navigate(base + "roadmaps/" + roadmapIdOf(countryCode));
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Results tree"))).isVisible();
    }

    /** Through the API, as the cohort views would link: the cohort's delegations name their roadmaps. */
    private long roadmapIdOf(String countryCode) {
        return delegationOf(countryCode).getJsonNumber("roadmapId").longValue();
    }

    /** Clicks the row beside its title: a click on the title itself folds or unfolds the branch. */
    private void selectTreeRow(String title) {
        var titleCell = cell(title);
        titleCell.scrollIntoViewIfNeeded();
        var box = titleCell.boundingBox();
        page.mouse().click(box.x + box.width + 30, box.y + box.height / 2);
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    private Locator cell(Pattern text) {
        return page.locator("vaadin-grid-cell-content").getByText(text);
    }

    private static Locator visible(Locator locator) {
        return locator.filter(new Locator.FilterOptions().setVisible(true)).first();
    }
}
