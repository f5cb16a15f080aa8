package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in and the protections around it, over real HTTP and in real Chromium: credentials, lockout,
 * personal API tokens, security headers, the session cookie, error answers without traces.
 */
class SecurityIT extends ChromiumDeployment {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> STACK_TRACE_SIGNS = List.of("Exception", "\tat ", "at org.", "at com.", "at java.", "Payara Server");

    @Test
    void an_anonymous_api_request_is_refused_with_a_basic_challenge() {
        var reply = fetch("api/v1/cohorts");

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic realm="));
        assertThat(reply.body()).contains("\"status\":401");
    }

    @Test
    void health_and_the_openapi_document_answer_without_credentials() {
        assertThat(fetch("/health/ready").statusCode()).isEqualTo(200);
        var openapi = fetch("/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/me/tokens");
    }

    @Test
    void a_wrong_password_is_refused() {
        var reply = api().as("trainer", "not-the-password").get("api/v1/cohorts");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("Wrong username or password");
    }

    @Test
    void the_allowed_failed_sign_ins_lock_the_account_and_even_the_right_password_is_then_refused() {
        var wrong = api().as("delegate.gy", "guess");
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(wrong.get("api/v1/me/tokens").object().getString("detail")).contains("Wrong username or password");
        }
        assertThat(wrong.get("api/v1/me/tokens").object().getString("detail")).contains("locked");

        var right = api().as("delegate.gy").get("api/v1/me/tokens");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.object().getString("detail")).contains("locked until");
    }

    @Test
    void a_token_shows_its_secret_once_works_as_bearer_and_stops_when_revoked() {
        var bolivia = api().as("delegate.bo");
        var name = "script " + UUID.randomUUID();

        var created = bolivia.post("api/v1/me/tokens", "{\"name\":\"" + name + "\",\"expiresInDays\":7}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).contains("/api/v1/me/tokens/");
        var secret = created.object().getString("secret");
        assertThat(secret).startsWith("nap_");
        var withToken = api().withToken(secret);
        var listed = withToken.get("api/v1/me/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(name).doesNotContain(secret).doesNotContain("secret");
        assertThat(withToken.get(created.location()).object().getString("name")).isEqualTo(name);

        var id = created.object().getJsonNumber("id").longValue();
        assertThat(bolivia.delete("api/v1/me/tokens/" + id, null).status()).isEqualTo(204);

        var afterRevoke = withToken.get("api/v1/me/tokens");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.contentType()).startsWith("application/problem+json");
        assertThat(bolivia.get("api/v1/me/tokens/" + id).object().containsKey("revokedAt")).isTrue();
    }

    @Test
    void another_users_token_can_be_neither_seen_nor_revoked() {
        var ecuador = api().as("delegate.ec");
        var created = ecuador.post("api/v1/me/tokens", "{\"name\":\"ecuador " + UUID.randomUUID() + "\"}");
        var id = created.object().getJsonNumber("id").longValue();
        var costaRica = api().as("delegate.cr");

        assertThat(costaRica.delete("api/v1/me/tokens/" + id, null).status()).isEqualTo(404);
        assertThat(costaRica.get("api/v1/me/tokens/" + id).status()).isEqualTo(404);
        assertThat(costaRica.get("api/v1/me/tokens").body()).doesNotContain("ecuador ");
        assertThat(api().withToken(created.object().getString("secret")).get("api/v1/me/tokens").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_token_and_a_token_without_a_name_are_refused() {
        assertThat(api().withToken("nap_" + "A".repeat(43)).get("api/v1/me/tokens").status()).isEqualTo(401);
        assertThat(api().withToken("garbage").get("api/v1/me/tokens").status()).isEqualTo(401);
        assertThat(api().as("delegate.pa").post("api/v1/me/tokens", "{\"name\":\" \"}").status()).isEqualTo(400);
        assertThat(api().as("delegate.pa").post("api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":0}").status()).isEqualTo(400);
    }

    @Test
    void api_answers_vaadin_pages_static_files_and_errors_carry_the_security_headers() {
        var admin = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var answers = List.of(fetch("api/v1/cohorts", "Authorization", admin), fetch("login"), fetch("sw.js"),
                fetch("api/v1/cohorts"), fetch("VAADIN/no-such-file.js"));
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200, 200, 401, 404);

        for (var answer : answers) {
            var headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(answer.uri().toString()).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                            "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "img-src 'self' data: blob:"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(answer.uri().toString()).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(answer.uri().toString()).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(answer.uri().toString()).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(answer.uri().toString()).isPresent();
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        var cookie = fetch("login").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void an_unknown_path_shows_no_stack_trace() {
        var api = fetch("api/v1/no-such-thing", "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()));
        var file = fetch("VAADIN/no-such-file.js");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(file.statusCode()).isEqualTo(404);
        assertThat(List.of(api.body(), file.body())).allSatisfy(SecurityIT::showsNoTrace);
    }

    @Test
    void a_server_error_shows_no_stack_trace() {
        // a Vaadin request naming a UI that cannot exist fails inside the framework (a number format error)
        var session = fetch("login").headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
        var failure = send(HttpRequest.newBuilder(uri("?v-r=uidl&v-uiId=not-a-number")).header("Cookie", session)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(failure.body()).contains("Internal error");
        showsNoTrace(failure.body());
    }

    @Test
    void a_wrong_password_in_the_login_view_shows_the_error() {
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            page.navigate(base + "login");
            page.locator("vaadin-login-form input[name='username']").fill("trainer");
            page.locator("vaadin-login-form input[name='password']").fill("not-the-password");
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();

            page.getByText("Wrong username or password").first().waitFor();
            assertThat(page.url()).contains("/login");
        }
    }

    @Test
    void after_signing_out_the_login_view_is_back_and_any_page_asks_to_sign_in_again() {
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "trainer");

            page.locator("#sign-out").click();
            page.waitForURL(url -> url.contains("/login"));
            page.locator("vaadin-login-form").waitFor();

            page.navigate(base + "roadmaps");
            page.locator("vaadin-login-form").waitFor();
            assertThat(page.locator("#sign-out").count()).isZero();
            assertThat(page.url()).contains("/login");
        }
    }

    @Test
    void the_account_page_makes_a_token_shown_once_and_revokes_it_without_any_csp_violation() throws Exception {
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            var violations = new ArrayList<String>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) violations.add(message.text());
            });
            page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                    + "'Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
            HeadlessChromium.signIn(page, base, "delegate.jm");

            page.locator("#account").click();
            page.locator("#account-who").waitFor();
            assertThat(page.locator("#account-who").textContent()).contains("delegate.jm", "delegate");
            var name = "laptop " + UUID.randomUUID().toString().substring(0, 8);
            page.locator("#new-token").click();
            page.locator("#token-name input").fill(name);
            page.locator("#token-days input").fill("30");
            page.locator("#token-create").click();
            page.locator("#token-secret").waitFor();
            var secret = page.locator("#token-secret input").inputValue();
            assertThat(secret).startsWith("nap_");
            assertThat(page.getByText("shown only this once").first().isVisible()).isTrue();
            page.locator("#token-done").click();
            page.locator("#tokens").getByText(name).waitFor();
            assertThat(page.content()).doesNotContain(secret);
            assertThat(api().withToken(secret).get("api/v1/me/tokens").status()).isEqualTo(200);
            HeadlessChromium.screenshot(page, "account-en.png");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).first().click();
            page.locator("vaadin-button[slot='confirm-button']").click();
            page.locator("#tokens").getByText("revoked").first().waitFor();

            assertThat(api().withToken(secret).get("api/v1/me/tokens").status()).isEqualTo(401);
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void the_account_page_changes_the_password_only_with_the_current_one() {
        try (var context = chromium.newContext("en-GB")) {
            var page = context.newPage();
            HeadlessChromium.signIn(page, base, "delegate.tt");
            page.navigate(base + "account");
            page.locator("#password-current").waitFor();

            page.locator("#password-current input").fill("not-the-password");
            page.locator("#password-new input").fill("a-longer-secret");
            page.locator("#password-repeat input").fill("a-longer-secret");
            page.locator("#password-change").click();
            page.getByText("The current password is not right").first().waitFor();
            assertThat(api().as("delegate.tt").get("api/v1/me/tokens").status()).isEqualTo(200);

            page.locator("#password-current input").fill(Api.DEMO_PASSWORD);
            page.locator("#password-new input").fill("a-longer-secret");
            page.locator("#password-repeat input").fill("a-longer-secret");
            page.locator("#password-change").click();
            page.getByText("Saved").first().waitFor();

            assertThat(api().as("delegate.tt", "a-longer-secret").get("api/v1/me/tokens").status()).isEqualTo(200);
            assertThat(api().as("delegate.tt").get("api/v1/me/tokens").status()).isEqualTo(401);
        }
    }

    private static void showsNoTrace(String body) {
        assertThat(STACK_TRACE_SIGNS).allSatisfy(sign -> assertThat(body).doesNotContain(sign));
    }

    private Api api() {
        return new Api(base);
    }

    private URI uri(String path) {
        var root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        return root.resolve(path);
    }

    /** A plain GET with the given header name/value pairs, for the headers {@link Api} does not show. */
    private HttpResponse<String> fetch(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
