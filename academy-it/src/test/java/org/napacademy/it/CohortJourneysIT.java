package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A trainer's journeys in real headless Chromium against the war as built, with the demo academy: planning a
 * cohort (the cohort, a delegation, a participant, a session on the agenda) and running a session (attendance
 * taken with one click, the delegation's rate following).
 */
class CohortJourneysIT extends BrowserJourney {
    CohortJourneysIT() {
        super("en-US");
    }

    @Test
    void a_trainer_plans_a_cohort_with_a_delegation_a_participant_and_a_session() throws Exception {
        var name = "IT cohort " + System.currentTimeMillis();
        page.navigate(base.toString());
        page.getByText("2025 Panama City").first().waitFor();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New cohort")).click();
        choose("Programme", "WPS", "WPS National Action Plan Academy");
        page.getByLabel("Edition name").fill(name);
        page.getByLabel("Venue name").fill("Casa de Nariño");
        page.getByLabel("City").fill("Bogotá");
        choose("Venue country", "Colom", "Colombia");
        choose("Time zone", "America/Bogo", "America/Bogota");
        date("First day", "6/1/2026");
        date("Last day", "6/3/2026");
        page.getByLabel("Trainers").fill("trainer");
        screenshot("cohort-form.png");
        save();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        assertThat(page.getByText("Trainers: trainer")).isVisible();

        choose("Country", "Colom", "Colombia");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add delegation")).click();
        var row = page.locator("vaadin-grid-cell-content")
                .getByText("Colombia", new Locator.GetByTextOptions().setExact(true)).first();
        assertThat(row).isVisible();
        row.click();
        assertThat(page.getByText("Participants · Colombia")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add participant")).click();
        page.getByLabel("Given name").fill("Ana María");
        page.getByLabel("Family name").fill("Ruiz");
        page.getByLabel("Email").fill("ana.ruiz@example.org");
        page.getByLabel("Position").fill("Asesora");
        page.getByLabel("Institution", new Page.GetByLabelOptions().setExact(true)).fill("Consejería Presidencial para la Equidad de la Mujer");
        choose("Type of institution", "Gov", "Government");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Female")).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Focal point")).check();
        save();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Ana María Ruiz")).isVisible();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        screenshot("cohort-detail.png");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Schedule")).click();
        assertThat(page.getByText("No sessions yet")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a session")).click();
        choose("Module", "Theory", "Theory of change");
        date("Day", "7/1/2026");
        page.getByLabel("Room").fill("Salón Bolívar");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("trainer")).check();
        save();
        assertThat(page.getByText("The session falls outside the cohort's dates")).isVisible();

        date("Day", "6/2/2026");
        save();
        var card = page.locator(".agenda-session");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Theory of change");
        assertThat(card).containsText("Room: Salón Bolívar");
        assertThat(card).containsText("9:00 AM");
        assertThat(page.locator(".agenda-day").nth(1)).containsText("Tuesday, June 2, 2026");
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        screenshot("schedule.png");
    }

    @Test
    void a_trainer_takes_attendance_and_sees_the_delegations_rate_change() throws Exception {
        page.navigate(base.toString());
        // exactly: the parliamentary network's "2025 Panama City gathering" is listed too
        page.getByText("2025 Panama City", new Page.GetByTextOptions().setExact(true)).first().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Schedule")).click();
        page.getByText("Attendance and feedback").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Theory of change"))).isVisible();

        Locator bolivia = page.locator(".attendance-rate").first();
        assertThat(bolivia).containsText("Attendance rate");
        var before = bolivia.textContent();
        var absent = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Carmen Quispe: Absent"));
        absent.click();

        assertThat(absent).hasAttribute("aria-pressed", "true");
        assertThat(bolivia).not().hasText(before);
        screenshot("attendance.png");

        page.setViewportSize(800, 1000);
        screenshot("attendance-tablet.png");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Carmen Quispe: Present")).click();
        assertThat(bolivia).hasText(before);

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Feedback")).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4").setExact(true)).check();
        page.getByLabel("Comment").fill("Clear and practical");
        save();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Clear and practical")).isVisible();
        assertThat(page.locator(".feedback-average")).containsText("Average rating");
        screenshot("feedback.png");
    }

    /** Types into a combo box and picks the option. */
    private void choose(String label, String typed, String option) {
        var box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
        box.fill(typed);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
        assertThat(box).hasValue(Pattern.compile(option));
    }

    private void date(String label, String value) {
        var field = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        field.fill(value);
        field.press("Enter");
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    }
}
