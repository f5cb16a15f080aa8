package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, a gathering's shared roadmap: the cohort's trainer creates it (one per cohort), adds goals and actions
 * assigned to member delegations, records its adoption by the gathering and the delegations' endorsements (a delegate
 * endorses for their own delegation only); the roadmap endpoints, lists and exports serve it like any roadmap; and in
 * the browser the trainer records an endorsement on the roadmap page.
 */
class GatheringRoadmapIT extends ChromiumDeployment {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String FIRST_DAY = "2025-11-27";

    /** A new cohort of the trainer (a gathering on 27-28 November 2025) with delegations of Costa Rica, Ecuador and Panama. */
    private record Gathering(long cohortId, String name, long costaRica, long ecuador, long panama, String tag) {
    }

    private Api admin() { return new Api(base); }

    private Api trainer() { return admin().as("trainer"); }

    private Gathering gathering() {
        var programme = admin().get("/api/v1/programmes").array().getJsonObject(0);
        var programmeId = programme.getJsonNumber("id").longValue();
        var tags = programme.getJsonArray("tags");
        var tag = tags == null || tags.isEmpty() ? null : tags.getJsonObject(0).getString("code");
        var name = "Gathering " + UUID.randomUUID().toString().substring(0, 8);
        var cohort = trainer().post("/api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "city": "Panama City", "countryCode": "PA", "startDate": "%s",
                 "endDate": "2025-11-28", "trainers": ["trainer"]}""".formatted(programmeId, name, FIRST_DAY));
        assertThat(cohort.status()).as(cohort.toString()).isEqualTo(201);
        var cohortId = id(cohort.object());
        return new Gathering(cohortId, name, delegation(cohortId, "CR"), delegation(cohortId, "EC"), delegation(cohortId, "PA"), tag);
    }

    private long delegation(long cohortId, String country) {
        var created = trainer().post("/api/v1/cohorts/" + cohortId + "/delegations", "{\"countryCode\": \"" + country + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.object());
    }

    private JsonObject sharedRoadmap(Gathering gathering) {
        var created = trainer().post("/api/v1/cohorts/" + gathering.cohortId() + "/shared-roadmap",
                "{\"title\": \"Outcome document of " + gathering.name() + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object();
    }

    private long node(long roadmapId, Long parentId, String level, String title, Long assignee, String tag) {
        var created = trainer().post("/api/v1/roadmaps/" + roadmapId + "/nodes", """
                {"parentId": %s, "level": "%s", "title": "%s", "tag": %s, "startDate": "2026-01-01", "endDate": "2026-12-31",
                 "responsibleInstitution": "Regional parliamentary secretariat", "assignedDelegationId": %s}"""
                .formatted(parentId, level, title, tag == null ? "null" : "\"" + tag + "\"", assignee));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.object());
    }

    /** A shared roadmap with a goal and an action under it assigned to Costa Rica, adopted on the gathering's second day. */
    private JsonObject adoptedRoadmap(Gathering gathering) {
        var roadmapId = id(sharedRoadmap(gathering));
        var goal = node(roadmapId, null, "GOAL", "Human security for the people of the Americas", null, gathering.tag());
        node(roadmapId, goal, "OUTCOME", "Parliaments legislate against transnational organised crime", gathering.costaRica(), gathering.tag());
        var adopted = trainer().post("/api/v1/roadmaps/" + roadmapId + "/adoption",
                "{\"adoptedOn\": \"2025-11-28\", \"version\": " + version(roadmapId) + "}");
        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        return adopted.object();
    }

    private long version(long roadmapId) {
        return admin().get("/api/v1/roadmaps/" + roadmapId).object().getJsonNumber("version").longValue();
    }

    private Api.Reply endorse(Api api, long roadmapId, long delegationId, String day, Long version) {
        return api.post("/api/v1/roadmaps/" + roadmapId + "/endorsements",
                "{\"delegationId\": %d, \"endorsedOn\": \"%s\", \"version\": %s}".formatted(delegationId, day, version));
    }

    /** A new delegate user of the delegation, through the users API. */
    private Api delegateOf(long delegationId) {
        var username = "delegate." + UUID.randomUUID().toString().substring(0, 8);
        var created = admin().post("/api/v1/users", """
                {"username": "%s", "displayName": "Member of parliament", "password": "%s", "roles": ["DELEGATE"], "delegationId": %d}"""
                .formatted(username, Api.DEMO_PASSWORD + "-long-enough", delegationId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return admin().as(username, Api.DEMO_PASSWORD + "-long-enough");
    }

    @Test
    void a_trainer_creates_the_cohorts_shared_roadmap_once_and_a_second_is_refused() {
        var gathering = gathering();
        var path = "/api/v1/cohorts/" + gathering.cohortId() + "/shared-roadmap";
        assertThat(trainer().get(path).status()).as("none yet").isEqualTo(404);

        var created = trainer().post(path, "{\"title\": \"Outcome document\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var roadmap = created.object();
        assertThat(created.location()).endsWith("/api/v1/roadmaps/" + id(roadmap));
        assertThat(created.etag()).isNotNull();
        assertThat(roadmap.getBoolean("gathering")).isTrue();
        assertThat(absent(roadmap, "delegationId")).isTrue();
        assertThat(absent(roadmap, "countryCode")).isTrue();
        assertThat(roadmap.getJsonNumber("cohortId").longValue()).isEqualTo(gathering.cohortId());
        assertThat(roadmap.getString("status")).isEqualTo("DRAFT");

        var found = trainer().get(path);
        assertThat(found.status()).isEqualTo(200);
        assertThat(id(found.object())).isEqualTo(id(roadmap));

        var second = trainer().post(path, "{\"title\": \"Another outcome document\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(422);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(trainer().get(path).object().getString("title")).isEqualTo("Outcome document");
    }

    @Test
    void the_gathering_adopts_its_roadmap_with_an_action_assigned_to_a_delegation_and_two_delegations_endorse_it() {
        var gathering = gathering();
        var adopted = adoptedRoadmap(gathering);
        var roadmapId = id(adopted);
        assertThat(adopted.getString("status")).isEqualTo("ENDORSED");
        assertThat(adopted.getString("adoptedOn")).isEqualTo("2025-11-28");
        var action = adopted.getJsonArray("nodes").getJsonObject(0).getJsonArray("children").getJsonObject(0);
        assertThat(action.getJsonNumber("assignedDelegationId").longValue()).isEqualTo(gathering.costaRica());

        var byTrainer = endorse(trainer(), roadmapId, gathering.costaRica(), "2025-11-28", version(roadmapId));
        assertThat(byTrainer.status()).as(byTrainer.toString()).isEqualTo(200);
        var ecuador = delegateOf(gathering.ecuador());
        assertThat(ecuador.get("/api/v1/roadmaps/" + roadmapId).status()).as("a member reads the shared roadmap").isEqualTo(200);
        var byDelegate = endorse(ecuador, roadmapId, gathering.ecuador(), "2025-12-02", version(roadmapId));
        assertThat(byDelegate.status()).as(byDelegate.toString()).isEqualTo(200);
        var endorsements = byDelegate.object().getJsonArray("endorsements").stream().map(JsonValue::asJsonObject).toList();
        assertThat(endorsements).extracting(e -> e.getString("countryCode")).containsExactly("CR", "EC");
        assertThat(endorsements).extracting(e -> e.getString("endorsedOn")).containsExactly("2025-11-28", "2025-12-02");

        assertThat(endorse(ecuador, roadmapId, gathering.panama(), "2025-12-02", version(roadmapId)).status())
                .as("a delegate endorses for their own delegation only").isEqualTo(403);
        assertThat(endorse(trainer(), roadmapId, gathering.ecuador(), "2025-12-03", version(roadmapId)).status())
                .as("once per delegation").isEqualTo(422);
        assertThat(endorse(trainer(), roadmapId, gathering.panama(), "2025-12-03", version(roadmapId) - 1).status())
                .as("stale version").isEqualTo(412);

        var withdrawn = ecuador.delete("/api/v1/roadmaps/" + roadmapId + "/endorsements/" + gathering.ecuador(),
                "\"" + version(roadmapId) + "\"");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(204);
        assertThat(trainer().get("/api/v1/roadmaps/" + roadmapId).object().getJsonArray("endorsements")).hasSize(1);
        assertThat(trainer().delete("/api/v1/roadmaps/" + roadmapId + "/endorsements/" + gathering.ecuador(), null).status())
                .as("no version").isEqualTo(428);
    }

    @Test
    void adoption_and_endorsement_refuse_bad_days_and_bad_input_and_change_nothing() {
        var gathering = gathering();
        var roadmapId = id(sharedRoadmap(gathering));
        var adoption = "/api/v1/roadmaps/" + roadmapId + "/adoption";
        assertThat(trainer().post(adoption, "{\"adoptedOn\": \"2025-11-28\", \"version\": " + version(roadmapId) + "}").status())
                .as("no goal yet").isEqualTo(422);
        node(roadmapId, null, "GOAL", "Human security", null, gathering.tag());
        assertThat(trainer().post(adoption, "{\"version\": " + version(roadmapId) + "}").status()).as("no day").isEqualTo(400);
        assertThat(trainer().post(adoption, "{\"adoptedOn\": \"2025-13-40\", \"version\": 0}").status()).as("no such day").isEqualTo(400);
        assertThat(trainer().post(adoption, "{\"adoptedOn\": \"2025-11-28\"}").status()).as("no version").isEqualTo(428);
        assertThat(trainer().post(adoption, "{\"adoptedOn\": \"2025-11-01\", \"version\": " + version(roadmapId) + "}").status())
                .as("before the gathering").isEqualTo(422);
        assertThat(endorse(trainer(), roadmapId, gathering.ecuador(), "2025-11-28", version(roadmapId)).status())
                .as("not adopted yet").isEqualTo(422);
        var other = gathering();
        assertThat(trainer().post(adoption, "{\"adoptedOn\": \"2025-11-28\", \"version\": " + version(roadmapId) + "}").status())
                .isEqualTo(200);
        assertThat(endorse(trainer(), roadmapId, other.ecuador(), "2025-11-28", version(roadmapId)).status())
                .as("a delegation of another gathering").isEqualTo(422);
        assertThat(endorse(trainer(), roadmapId, gathering.ecuador(), "2025-11-27", version(roadmapId)).status())
                .as("before the adoption").isEqualTo(422);
        assertThat(trainer().post("/api/v1/roadmaps/" + roadmapId + "/endorsements", "{\"endorsedOn\": \"2025-11-28\", \"version\": 1}")
                .status()).as("no delegation").isEqualTo(400);
        assertThat(trainer().get("/api/v1/roadmaps/" + roadmapId).object().getJsonArray("endorsements")).isEmpty();
        assertThat(trainer().post("/api/v1/cohorts/" + gathering.cohortId() + "/shared-roadmap", "{\"title\": \" \"}").status())
                .as("blank title").isEqualTo(400);
    }

    @Test
    void a_delegate_of_another_cohort_and_a_trainer_of_another_cohort_are_refused() {
        var gathering = gathering();
        var roadmapId = id(adoptedRoadmap(gathering));
        var outsider = admin().as("delegate.tt");
        assertThat(outsider.get("/api/v1/roadmaps/" + roadmapId).status()).isEqualTo(403);
        assertThat(outsider.get("/api/v1/cohorts/" + gathering.cohortId() + "/shared-roadmap").status()).isEqualTo(403);
        assertThat(endorse(outsider, roadmapId, gathering.ecuador(), "2025-11-28", version(roadmapId)).status()).isEqualTo(403);
        var member = delegateOf(gathering.panama());
        assertThat(member.post("/api/v1/roadmaps/" + roadmapId + "/adoption", "{\"adoptedOn\": \"2025-11-28\", \"version\": 0}").status())
                .as("a member delegation does not adopt").isEqualTo(403);
        assertThat(member.post("/api/v1/cohorts/" + gathering.cohortId() + "/shared-roadmap", "{\"title\": \"Mine\"}").status())
                .isEqualTo(403);
    }

    @Test
    void the_roadmap_endpoints_lists_and_exports_serve_a_shared_roadmap() {
        var gathering = gathering();
        var roadmapId = id(adoptedRoadmap(gathering));
        assertThat(endorse(trainer(), roadmapId, gathering.costaRica(), "2025-11-28", version(roadmapId)).status()).isEqualTo(200);
        assertThat(endorse(trainer(), roadmapId, gathering.panama(), "2025-11-28", version(roadmapId)).status()).isEqualTo(200);
        var roadmap = "/api/v1/roadmaps/" + roadmapId;
        for (var path : List.of(roadmap, roadmap + "/nodes", roadmap + "/progress", roadmap + "/history",
                "/api/v1/cohorts/" + gathering.cohortId() + "/delegations", "/api/v1/cohorts/" + gathering.cohortId() + "/outcomes")) {
            var reply = trainer().get(path);
            assertThat(reply.status()).as(path + ": " + reply).isEqualTo(200);
        }
        var listed = trainer().get("/api/v1/roadmaps?size=100&q=" + gathering.name().replace(' ', '+')).array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getJsonNumber("id").longValue() == roadmapId).toList();
        assertThat(listed).singleElement().satisfies(r -> assertThat(absent(r, "countryCode")).isTrue());

        var csv = download(roadmap + "/exports/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Parliaments legislate against transnational organised crime");
        var pdf = download(roadmap + "/exports/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var iati = download(roadmap + "/exports/iati");
        assertThat(iati.statusCode()).isEqualTo(200);
        var xml = new String(iati.body(), StandardCharsets.UTF_8);
        assertThat(xml).contains("recipient-country code=\"CR\"", "recipient-country code=\"PA\"");

        var reopened = trainer().post(roadmap + "/status", "{\"status\": \"DRAFT\", \"version\": " + version(roadmapId) + "}");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(absent(reopened.object(), "adoptedOn")).as("reopened, it must be adopted again").isTrue();
    }

    @Test
    void the_trainer_opens_the_shared_roadmap_from_the_cohort_page_and_records_an_endorsement() throws Exception {
        var gathering = gathering();
        var roadmapId = id(adoptedRoadmap(gathering));
        try (var context = chromium.newContext("en-US")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            page.navigate(base + "cohorts/" + gathering.cohortId());
            assertThat(page.getByText("Open the gathering's shared roadmap")).isVisible();
            HeadlessChromium.screenshot(page, "cohort-shared-roadmap.png");
            page.getByText("Open the gathering's shared roadmap").click();
            page.waitForURL(url -> url.endsWith("roadmaps/" + roadmapId));
            assertThat(page.getByText("Shared roadmap of the gathering · " + gathering.name() + " · Adopted by the gathering on Nov 28, 2025"))
                    .isVisible();
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Assigned to")).first()).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Costa Rica")).first()).isVisible();
            HeadlessChromium.screenshot(page, "shared-roadmap.png");

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Adoption and endorsements")).click();
            assertThat(page.getByText("No delegation has endorsed it yet.")).isVisible();

            var record = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record endorsement"));
            var box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Delegation").setExact(true));
            box.fill("Ecua");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ecuador")).first().click();
            var day = page.getByLabel("Endorsed on", new Page.GetByLabelOptions().setExact(true));
            day.fill("11/30/2025");
            day.press("Enter");
            record.click();
            assertThat(page.getByText("Saved")).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Ecuador")).first()).isVisible();
            HeadlessChromium.screenshot(page, "shared-roadmap-endorsements.png");
        }
        var endorsements = trainer().get("/api/v1/roadmaps/" + roadmapId).object().getJsonArray("endorsements");
        assertThat(endorsements).hasSize(1);
        assertThat(endorsements.getJsonObject(0).getString("endorsedOn")).isEqualTo("2025-11-30");
    }

    private HttpResponse<byte[]> download(String path) {
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path.substring(1))).timeout(Duration.ofSeconds(60)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("trainer:" + Api.DEMO_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject object, String field) { return !object.containsKey(field) || object.isNull(field); }

    private static long id(JsonObject object) { return object.getJsonNumber("id").longValue(); }
}
