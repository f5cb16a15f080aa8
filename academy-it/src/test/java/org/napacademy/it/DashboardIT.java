package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Journey 5, the sponsor's dashboard, on the demo data in real headless Chromium: the programme's two cohorts
 * side by side, then the newest one in charts drawn on the server as SVG.
 */
class DashboardIT extends ChromiumDeployment {

    @Test
    void a_sponsor_compares_the_cohorts_and_reads_the_newest_in_charts() throws Exception {
        try (var context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, base, "sponsor");
            page.navigate(base.toString() + "dashboard");
            var comparison = page.locator("vaadin-grid.cohort-comparison");
            comparison.waitFor();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")).isVisible()).isTrue();
            assertThat(page.getByText("Cohorts side by side").isVisible()).isTrue();
            var panama = comparison.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("2025 Panama City"));
            assertThat(panama.count()).isPositive();
            assertThat(comparison.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("2024 Port of Spain")).count()).isPositive();
            // the newest cohort is shown in detail: its figures and its charts
            var figures = page.locator(".cohort-outcomes .key-figures");
            figures.waitFor();
            assertThat(figures.locator(".figure-value").first().textContent()).isEqualTo("24");
            assertThat(page.locator(".cohort-outcomes h2").textContent()).isEqualTo("2025 Panama City");
            assertThat(page.locator(".chart-card svg").count()).isGreaterThanOrEqualTo(5);
            assertThat(page.locator(".chart-card svg text", new Page.LocatorOptions().setHasText("Female")).count()).isPositive();
            assertThat(page.locator("vaadin-grid.nap-status").isVisible()).isTrue();
            screenshot(page, "dashboard.png");
            page.setViewportSize(1366, 768);

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("2024 Port of Spain")).click();
            page.locator(".cohort-outcomes h2", new Page.LocatorOptions().setHasText("2024 Port of Spain")).waitFor();
            assertThat(page.locator(".chart-card svg").count()).isGreaterThanOrEqualTo(1);
            // Trinidad and Tobago adopted its NAP after this cohort
            var nap = page.locator("vaadin-grid.nap-status vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Adopted"));
            assertThat(nap.count()).isPositive();
            screenshot(page, "dashboard-port-of-spain.png");
        }
    }

    /** The view scrolls inside the app layout: the page is made as tall as the view to show all of it. */
    @Test
    void the_dashboard_and_its_charts_speak_the_browsers_language() throws Exception {
        try (var context = chromium.newContext("es-PA")) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, base, "sponsor");
            page.navigate(base.toString() + "dashboard");
            page.locator(".cohort-outcomes .key-figures").waitFor();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Panel de resultados")).isVisible()).isTrue();
            assertThat(page.locator(".chart-card svg text", new Page.LocatorOptions().setHasText("Mujer")).count()).isPositive();
            assertThat(page.locator(".chart-card svg text", new Page.LocatorOptions().setHasText("Sin iniciar")).count()).isPositive();
            screenshot(page, "dashboard-es.png");
        }
    }

    private static void screenshot(Page page, String name) throws Exception {
        var height = ((Number) page.evaluate("document.querySelector('.dashboard').scrollHeight")).intValue();
        page.setViewportSize(1366, Math.max(768, height + 80));
        page.waitForTimeout(300);
        HeadlessChromium.screenshot(page, name);
    }
}
