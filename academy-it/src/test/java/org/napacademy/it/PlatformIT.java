package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The platform as a new user meets it: the war as built, with demo data, on a real Payara Micro; the
 * Vaadin start page in real headless Chromium (production mode); health, metrics and OpenAPI answering.
 */
class PlatformIT extends ChromiumDeployment {

    @Test
    void the_start_page_lists_the_cohorts_from_the_database() throws Exception {
        try (var context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.navigate(base.toString());
            page.getByText("2025 Panama City").first().waitFor();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cohorts")).isVisible()).isTrue();
            assertThat(page.getByText("2024 Port of Spain").first().isVisible()).isTrue();
            assertThat(page.getByText("Panama City, Panama").first().isVisible()).isTrue();
            HeadlessChromium.screenshot(page, "cohorts-en.png");
        }
    }

    @Test
    void the_start_page_speaks_the_browsers_language() throws Exception {
        try (var context = chromium.newContext("es-PA")) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.navigate(base.toString());
            page.getByText("2025 Panama City").first().waitFor();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cohortes")).isVisible()).isTrue();
            assertThat(page.getByText("Panama City, Panamá").first().isVisible()).isTrue();
            HeadlessChromium.screenshot(page, "cohorts-es.png");
        }
    }

    @Test
    void the_demo_cohorts_are_listed_by_the_api() {
        var reply = api().get("api/v1/cohorts");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array().stream().map(c -> c.asJsonObject().getString("name")))
                .contains("2024 Port of Spain", "2025 Panama City");
        var panama = reply.array().stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        assertThat(panama.getString("countryCode")).isEqualTo("PA");
        assertThat(panama.getString("city")).isEqualTo("Panama City");
        assertThat(panama.getString("startDate")).isEqualTo("2025-06-24");
        assertThat(panama.getString("endDate")).isEqualTo("2025-06-26");
    }

    @Test
    void a_demo_roadmap_is_read_whole_in_one_request() {
        var cohorts = api().get("api/v1/cohorts").array();
        var panama = cohorts.stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        var delegations = api().get("api/v1/cohorts/" + panama.getJsonNumber("id") + "/delegations").array();
        assertThat(delegations).hasSize(4);
        var roadmapId = delegations.getJsonObject(0).getJsonNumber("roadmapId");

        var roadmap = api().get("api/v1/roadmaps/" + roadmapId);

        assertThat(roadmap.status()).isEqualTo(200);
        var goal = roadmap.object().getJsonArray("nodes").getJsonObject(0);
        assertThat(goal.getString("level")).isEqualTo("GOAL");
        var outcome = goal.getJsonArray("children").getJsonObject(0);
        assertThat(outcome.getString("level")).isEqualTo("OUTCOME");
        assertThat(outcome.getJsonArray("children").getJsonObject(0).getString("level")).isEqualTo("OUTPUT");
    }

    @Test
    void health_metrics_and_openapi_answer() {
        var root = api().base().resolve("/");
        var health = api().get(root.resolve("/health").toString());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(api().get(root.resolve("/health/ready").toString()).body()).contains("database");
        var metrics = api().getText(root.resolve("/metrics").toString());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_uptime");
        var openapi = api().get(root.resolve("/openapi").toString());
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/cohorts", "/api/v1/roadmaps/{id}");
    }

    private Api api() {
        return new Api(base);
    }
}
