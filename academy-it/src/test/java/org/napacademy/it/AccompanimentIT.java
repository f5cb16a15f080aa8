package org.napacademy.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Technical accompaniment on the demo data (Ecuador's delegation of the 2025 Panama City cohort, trained by
 * "trainer"): the mentoring session of a request over REST, the trainers' queue, and a request's journey in the
 * browser from the delegate's question to the trainer's answer and session and back to the delegate.
 */
class AccompanimentIT extends ChromiumDeployment {
    private static final String PROBLEM = "application/problem+json";
    private static final String SESSION = """
            {"startsAt": "2027-03-10T10:00:00", "mode": "ONLINE", "meetingLink": "https://meet.example.org/ec"}""";

    @Test
    void the_first_session_of_a_request_is_created_and_moving_it_replaces_it_in_the_venue_time() {
        var request = raised("delegate.ec", "EC");
        var path = "api/v1/assistance-requests/" + id(request) + "/mentoring-session";

        var first = trainer().put(path, SESSION, quoted(request.getInt("version")));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).endsWith(path);
        assertThat(first.etag()).isNotNull();
        var scheduled = first.object();
        assertThat(scheduled.getString("status")).isEqualTo("SCHEDULED");
        assertThat(scheduled.getString("mentoringStartsAt")).isEqualTo("2027-03-10T10:00:00");
        assertThat(scheduled.getString("timeZone")).isEqualTo("America/Panama");
        assertThat(scheduled.getString("mentoringMode")).isEqualTo("ONLINE");
        assertThat(scheduled.getString("meetingLink")).isEqualTo("https://meet.example.org/ec");

        var moved = trainer().put(path, """
                {"startsAt": "2027-03-11T15:30:00", "mode": "IN_PERSON", "version": %d}""".formatted(scheduled.getInt("version")), null);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.object().getString("mentoringStartsAt")).isEqualTo("2027-03-11T15:30:00");
        assertThat(moved.object().getString("mentoringMode")).isEqualTo("IN_PERSON");
        assertThat(moved.object().containsKey("meetingLink")).isFalse();
        var read = new Api(base).as("delegate.ec").get("api/v1/assistance-requests/" + id(request));
        assertThat(read.object().getString("mentoringStartsAt")).isEqualTo("2027-03-11T15:30:00");
    }

    @Test
    void a_stale_version_is_refused_and_the_session_is_not_stored() {
        var request = raised("delegate.ec", "EC");
        var path = "api/v1/assistance-requests/" + id(request);
        assertThat(trainer().post(path + "/answer", "{\"answer\": \"Start from the 2024 survey.\"}").status()).isEqualTo(200);

        var stale = trainer().put(path + "/mentoring-session", SESSION, quoted(request.getInt("version")));

        assertProblem(stale, 412);
        var now = trainer().get(path).object();
        assertThat(now.getString("status")).isEqualTo("ANSWERED");
        assertThat(now.containsKey("mentoringStartsAt")).isFalse();
        assertProblem(trainer().put(path + "/mentoring-session", SESSION, null), 428);
    }

    @Test
    void a_closed_request_gets_no_session_and_a_session_before_the_request_is_refused() {
        var request = raised("delegate.ec", "EC");
        var path = "api/v1/assistance-requests/" + id(request);
        var early = trainer().put(path + "/mentoring-session", """
                {"startsAt": "2020-01-01T10:00:00", "mode": "ONLINE"}""", quoted(request.getInt("version")));
        assertProblem(early, 422);

        var closed = trainer().post(path + "/close", "{}");
        assertProblem(closed, 428);
        closed = trainer().post(path + "/close", "{\"version\": %d}".formatted(request.getInt("version")));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.object().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.object().getString("closedAt")).isNotBlank();

        var refused = trainer().put(path + "/mentoring-session", SESSION, quoted(closed.object().getInt("version")));
        assertProblem(refused, 422);
        assertThat(refused.object().getString("detail")).contains("closed");
    }

    @Test
    void bad_input_is_a_400_and_a_delegate_of_another_delegation_is_refused() {
        var request = raised("delegate.ec", "EC");
        var path = "api/v1/assistance-requests/" + id(request) + "/mentoring-session";
        var version = quoted(request.getInt("version"));

        assertProblem(trainer().put(path, "{\"mode\": \"ONLINE\"}", version), 400);
        assertProblem(trainer().put(path, "{\"startsAt\": \"2027-03-10T10:00:00\", \"mode\": \"BY_PIGEON\"}", version), 400);
        assertProblem(trainer().put(path, """
                {"startsAt": "2027-03-10T10:00:00", "mode": "ONLINE", "meetingLink": "room 4"}""", version), 400);
        assertProblem(new Api(base).as("delegate.bo").put(path, SESSION, version), 403);
        assertProblem(new Api(base).as("delegate.ec").put(path, SESSION, version), 403);
        assertThat(trainer().get("api/v1/assistance-requests/" + id(request)).object().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void the_queue_shows_a_trainer_the_requests_of_their_cohorts_filtered_and_a_delegate_only_their_own() {
        var request = raised("delegate.ec", "EC");
        var urgent = raised("delegate.bo", "BO");

        var ecuador = trainer().get("api/v1/assistance-requests?country=ec&status=OPEN&size=200");
        assertThat(ecuador.status()).as(ecuador.toString()).isEqualTo(200);
        assertThat(ids(ecuador)).contains(id(request)).doesNotContain(id(urgent));
        assertThat(ecuador.array()).allSatisfy(r -> assertThat(r.asJsonObject().getString("countryCode")).isEqualTo("EC"));

        var mostUrgent = trainer().get("api/v1/assistance-requests?sort=MOST_URGENT_FIRST&size=1");
        assertThat(mostUrgent.array().getJsonObject(0).getString("urgency")).isEqualTo("HIGH");

        var own = new Api(base).as("delegate.bo").get("api/v1/assistance-requests?size=200");
        assertThat(ids(own)).contains(id(urgent)).doesNotContain(id(request));
        assertThat(new Api(base).as("sponsor").get("api/v1/assistance-requests").totalCount()).isEqualTo("0");
        assertProblem(trainer().get("api/v1/assistance-requests?sort=SIDEWAYS"), 400);
    }

    @Test
    void a_delegate_asks_about_gender_budgeting_the_trainer_answers_and_schedules_and_the_delegate_sees_both() throws Exception {
        var question = "How do we tag our budget lines with the gender marker? " + UUID.randomUUID().toString().substring(0, 8);
        var answer = "Tag each line 0, 1 or 2; we go through yours together.";
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.ec");
            menu(page, "Assistance");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for assistance")).click();
            var dialog = page.locator("vaadin-dialog-overlay");
            dialog.getByLabel("Topic").fill("Gender budg");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Gender budgeting")).click();
            dialog.getByLabel("Your question").fill(question);
            dialog.getByLabel("Urgency").fill("High");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("High")).click();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(page.locator("#request-text")).hasText(question);
            assertThat(page.locator("vaadin-grid-cell-content").getByText(question)).isVisible();
            HeadlessChromium.screenshot(page, "assistance-delegation.png");
        }

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            menu(page, "Assistance");
            page.locator("vaadin-grid-cell-content").getByText(question).click();
            assertThat(page.locator("#request-text")).hasText(question);
            HeadlessChromium.screenshot(page, "assistance-queue.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer")).click();
            var dialog = page.locator("vaadin-dialog-overlay");
            dialog.getByLabel("Answer").fill(answer);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(page.locator("#request-answer")).containsText(answer);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a session")).click();
            // the picker's text depends on the browser's locale; its value property is ISO, sent to the server on change
            dialog.locator("vaadin-date-time-picker").evaluate(
                    "picker => { picker.value = '2027-03-10T10:00'; picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }");
            dialog.getByLabel("Meeting link").fill("https://meet.example.org/ecuador-budget");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            assertThat(page.locator("#request-session")).containsText("(America/Panama) · Online");
            HeadlessChromium.screenshot(page, "assistance-answer.png");
        }

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.ec");
            menu(page, "Assistance");
            page.locator("vaadin-grid-cell-content").getByText(question).click();
            assertThat(page.locator("#request-answer")).containsText(answer);
            assertThat(page.locator("#request-session")).containsText("March 10, 2027 10:00 AM");
            assertThat(page.locator("#request-session")).containsText("(America/Panama) · Online");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Join the meeting"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Answer"))).hasCount(0);
        }
    }

    // helpers ----------------------------------------------------------------------------------------------

    private static void menu(Page page, String item) {
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(item)).click();
    }

    private Api trainer() {
        return new Api(base).as("trainer");
    }

    /** A new request of the delegation of {@code iso2} in the 2025 Panama City cohort, raised by its delegate. */
    private JsonObject raised(String delegate, String iso2) {
        var reply = new Api(base).as(delegate).post("api/v1/delegations/" + delegation(iso2) + "/assistance-requests", """
                {"raisedBy": "%s", "text": "Help with %s", "urgency": "HIGH"}""".formatted(delegate, UUID.randomUUID()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private long delegation(String iso2) {
        var api = new Api(base);
        var cohort = api.get("api/v1/cohorts?size=100").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        return api.get("api/v1/cohorts/" + id(cohort) + "/delegations").array().stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals(iso2)).map(AccompanimentIT::id).findFirst().orElseThrow();
    }

    private static java.util.List<Long> ids(Api.Reply reply) {
        return reply.array().stream().map(v -> id(v.asJsonObject())).toList();
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }
}
