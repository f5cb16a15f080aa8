package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * User administration over REST and on the users page in headless Chromium: accounts, roles and links, by
 * administrators only; everyone's own account.
 */
class UsersIT extends ChromiumDeployment {
    private static final String PROBLEM = "application/problem+json";
    private static final String PASSWORD = "correct horse battery";

    @Test
    void an_administrator_creates_a_delegate_of_a_delegation_who_then_reads_their_own_account() {
        var delegation = delegation();
        var username = unique("delegate");

        var created = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Rosa Mamani", "password": "%s", "roles": ["DELEGATE"], "delegationId": %d}"""
                .formatted(username, PASSWORD, id(delegation)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/v1/users/" + id(created.object()));
        assertThat(created.etag()).isNotNull();
        assertThat(created.object().getString("username")).isEqualTo(username);
        assertThat(created.object().getJsonNumber("delegationId").longValue()).isEqualTo(id(delegation));
        assertThat(created.object().getBoolean("active")).isTrue();
        assertThat(created.body()).doesNotContainIgnoringCase("password").doesNotContain("PBKDF2");

        var me = api().as(username, PASSWORD).get("api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.object().getString("username")).isEqualTo(username);
        assertThat(me.object().getJsonArray("roles").getString(0)).isEqualTo("DELEGATE");
        assertThat(me.object().getJsonNumber("delegationId").longValue()).isEqualTo(id(delegation));
    }

    @Test
    void the_list_is_filtered_by_role_and_text_and_paged() {
        var username = unique("sponsor");
        var programme = programme();
        var created = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Fondo Andino %s", "password": "%s", "roles": ["SPONSOR"], "programmeIds": [%d]}"""
                .formatted(username, username, PASSWORD, id(programme)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.object().getJsonArray("programmeIds").getJsonNumber(0).longValue()).isEqualTo(id(programme));

        var found = api().get("api/v1/users?role=SPONSOR&q=" + username.toUpperCase() + "&size=5");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.totalCount()).isEqualTo("1");
        assertThat(found.array().getJsonObject(0).getString("username")).isEqualTo(username);
        assertThat(api().get("api/v1/users?role=TRAINER&q=" + username).array()).isEmpty();
        assertProblem(api().get("api/v1/users?role=KING"), 400);
    }

    @Test
    void a_taken_username_is_refused_and_nothing_is_stored() {
        var username = unique("trainer");
        assertThat(api().post("api/v1/users", trainerJson(username)).status()).isEqualTo(201);

        var again = api().post("api/v1/users", trainerJson(username));

        assertProblem(again, 422);
        assertThat(again.object().getString("detail")).contains(username, "already taken");
        assertThat(api().get("api/v1/users?q=" + username).totalCount()).isEqualTo("1");
    }

    @Test
    void a_short_password_or_a_link_the_roles_do_not_allow_is_refused_and_nothing_is_stored() {
        var username = unique("trainer");
        var shortPassword = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Ana", "password": "short", "roles": ["TRAINER"]}""".formatted(username));
        assertProblem(shortPassword, 400);
        assertThat(shortPassword.body()).contains("password", "at least 10 characters");

        var trainerInDelegation = api().post("api/v1/users", """
                {"username": "%s", "displayName": "Ana", "password": "%s", "roles": ["TRAINER"], "delegationId": %d}"""
                .formatted(username, PASSWORD, id(delegation())));
        assertProblem(trainerInDelegation, 422);

        assertThat(api().get("api/v1/users?q=" + username).totalCount()).isEqualTo("0");
    }

    @Test
    void a_deactivated_user_is_refused_afterwards() {
        var username = unique("trainer");
        var user = api().post("api/v1/users", trainerJson(username));
        assertThat(api().as(username, PASSWORD).get("api/v1/me").status()).isEqualTo(200);

        var deactivated = api().put("api/v1/users/" + id(user.object()), """
                {"displayName": "Ana", "roles": ["TRAINER"], "active": false}""", user.etag());

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.object().getBoolean("active")).isFalse();
        assertThat(api().as(username, PASSWORD).get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void an_update_needs_the_current_version() {
        var user = api().post("api/v1/users", trainerJson(unique("trainer")));
        var path = "api/v1/users/" + id(user.object());
        var body = """
                {"displayName": "Ana Renamed", "roles": ["TRAINER", "SPONSOR"], "active": true}""";

        assertProblem(api().put(path, body, null), 428);
        assertProblem(api().put(path, body, "\"99\""), 412);
        var updated = api().put(path, body, user.etag());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.object().getString("displayName")).isEqualTo("Ana Renamed");
        assertThat(api().get(path).object().getJsonArray("roles")).hasSize(2);
    }

    @Test
    void an_administrator_cannot_deactivate_themself_nor_drop_their_own_admin_role() {
        var me = api().get("api/v1/me");
        var path = "api/v1/users/" + id(me.object());

        var deactivate = api().put(path, """
                {"displayName": "Admin", "roles": ["ADMIN"], "active": false}""", me.etag());
        var demote = api().put(path, """
                {"displayName": "Admin", "roles": ["TRAINER"], "active": true}""", me.etag());

        assertProblem(deactivate, 422);
        assertProblem(demote, 422);
        assertThat(api().get("api/v1/me").object().getBoolean("active")).isTrue();
    }

    @Test
    void a_reset_password_and_a_changed_own_password_are_the_ones_that_sign_in() {
        var username = unique("trainer");
        var user = api().post("api/v1/users", trainerJson(username));

        assertThat(api().put("api/v1/users/" + id(user.object()) + "/password", """
                {"password": "reset by the admin"}""", null).status()).isEqualTo(204);
        assertThat(api().as(username, PASSWORD).get("api/v1/me").status()).isEqualTo(401);
        var owner = api().as(username, "reset by the admin");
        assertProblem(owner.put("api/v1/me/password", """
                {"currentPassword": "a wrong guess", "newPassword": "chosen by myself"}""", null), 422);
        assertThat(owner.put("api/v1/me/password", """
                {"currentPassword": "reset by the admin", "newPassword": "chosen by myself"}""", null).status()).isEqualTo(204);

        assertThat(api().as(username, "chosen by myself").get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void someone_who_is_not_an_administrator_gets_403_on_every_users_endpoint() {
        var user = api().post("api/v1/users", trainerJson(unique("trainer")));
        var path = "api/v1/users/" + id(user.object());
        var trainer = api().as("trainer");

        assertProblem(trainer.get("api/v1/users"), 403);
        assertProblem(trainer.post("api/v1/users", trainerJson(unique("trainer"))), 403);
        assertProblem(trainer.get(path), 403);
        assertProblem(trainer.put(path, """
                {"displayName": "Taken over", "roles": ["ADMIN"], "active": true}""", user.etag()), 403);
        assertProblem(trainer.put(path + "/password", """
                {"password": "taken over by me"}""", null), 403);
        assertThat(api().get(path).object().getString("displayName")).isEqualTo("Ana Trainer");
        assertThat(trainer.get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_describes_the_user_endpoints() {
        var openapi = api().get(api().base().resolve("/openapi").toString());

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/users/{id}/password", "/api/v1/me/password", "NewUserRequest");
    }

    @Test
    void an_administrator_creates_a_user_on_the_users_page_which_a_trainer_cannot_find_in_the_menu() throws Exception {
        var username = unique("trainer");
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "admin");
            page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Users")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New user")).click();
            page.getByLabel("Username").fill(username);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Ana from the browser");
            page.getByLabel("Initial password").fill(PASSWORD);
            page.getByLabel("Trainer").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            page.locator("vaadin-dialog-overlay").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            page.getByLabel("Search").fill(username);
            page.locator("vaadin-grid-cell-content").getByText("Ana from the browser").waitFor();
            page.locator("vaadin-grid-cell-content").getByText("admin", new Locator.GetByTextOptions().setExact(true))
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
            HeadlessChromium.screenshot(page, "users-en.png");
        }
        assertThat(api().as(username, PASSWORD).get("api/v1/me").status()).isEqualTo(200);

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");
            assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Cohorts")).count()).isEqualTo(1);
            assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Users")).count()).isZero();
        }
    }

    @Test
    void the_language_a_person_picks_is_the_one_their_next_sign_in_opens_in_on_any_browser() throws Exception {
        var username = unique("trainer");
        assertThat(api().post("api/v1/users", trainerJson(username)).status()).isEqualTo(201);
        var own = api().as(username, PASSWORD);
        assertProblem(own.put("api/v1/me/language", "{\"language\": \"de\"}", null), 400);
        assertThat(own.get("api/v1/me").object().containsKey("preferredLanguage")).isFalse();

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, username, PASSWORD);
            page.locator("vaadin-select").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Español")).click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cohortes")).waitFor();
            page.locator("#sign-out").click();
            page.waitForURL(url -> url.contains("/login"));
        }
        assertThat(own.get("api/v1/me").object().getString("preferredLanguage")).isEqualTo("es");

        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, username, PASSWORD);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cohortes")).waitFor();
        }
        assertThat(own.put("api/v1/me/language", "{\"language\": \"fr\"}", null).status()).isEqualTo(204);
        assertThat(own.get("api/v1/me").object().getString("preferredLanguage")).isEqualTo("fr");
    }

    // helpers ----------------------------------------------------------------------------------------------

    private Api api() {
        return new Api(base);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static String trainerJson(String username) {
        return """
                {"username": "%s", "displayName": "Ana Trainer", "password": "%s", "roles": ["TRAINER"]}"""
                .formatted(username, PASSWORD);
    }

    private JsonObject programme() {
        var reply = api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["en", "es"]}""".formatted(unique("Programme")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private JsonObject delegation() {
        var cohort = api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "city": "La Paz", "countryCode": "BO",
                 "startDate": "2026-03-10", "endDate": "2026-03-12"}""".formatted(id(programme()), unique("Cohort")));
        assertThat(cohort.status()).as(cohort.toString()).isEqualTo(201);
        var reply = api().post("api/v1/cohorts/" + id(cohort.object()) + "/delegations", "{\"countryCode\": \"BO\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
    }
}
