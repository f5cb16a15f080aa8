package org.napacademy.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One person with a browser's cookie jar but no browser: signs in through the login view as the browser does
 * (Vaadin's init request, then the login form's {@code login} event over UIDL), then reads through the session
 * and writes with HTTP Basic, carrying the session and the balancer's route cookie on every request.
 */
final class BrowserlessUser {
    static final String ROUTE_COOKIE = "academy_route";

    private final URI base;
    private final String username;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    BrowserlessUser(URI base, String username) {
        this.base = base;
        this.username = username;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Opens the login view, fills the form and submits it, as the browser's Flow client does: the init request,
     * the client's navigation to the route (which renders the view), then the form's {@code login} event. True
     * when the session is then signed in.
     */
    boolean signIn() {
        cookies.getCookieStore().removeAll();
        send(HttpRequest.newBuilder(base.resolve("login")).GET());
        var init = json(send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=login&query="))
                .header("Accept", "application/json").GET()).body()).getJsonObject("appConfig");
        var csrf = init.getJsonObject("uidl").getString("Vaadin-Security-Key");
        var uidlPath = "?v-r=uidl&v-uiId=" + init.getInt("v-uiId");
        var navigation = Json.createObjectBuilder().add("type", "event").add("node", 1).add("event", "ui-navigate")
                .add("data", Json.createObjectBuilder().add("route", "login").add("query", "").add("appShellTitle", "")
                        .add("historyState", Json.createObjectBuilder().add("idx", 0)).add("trigger", ""));
        var view = uidl(uidlPath, csrf, navigation, init.getJsonObject("uidl").getInt("syncId"), 0);
        var login = Json.createObjectBuilder().add("type", "event").add("node", nodeWithTag(view, "vaadin-login-form"))
                .add("event", "login").add("data", Json.createObjectBuilder()
                        .add("event.detail.username", username).add("event.detail.password", Api.DEMO_PASSWORD));
        uidl(uidlPath, csrf, login, view.getInt("syncId"), 1);
        return isSignedIn();
    }

    /** One client-to-server UIDL message with one RPC call; the server's answer (its "for(;;);[...]" guard removed). */
    private JsonObject uidl(String path, String csrf, JsonObjectBuilder rpc, int syncId, int clientId) {
        var message = Json.createObjectBuilder().add("csrfToken", csrf).add("rpc", Json.createArrayBuilder().add(rpc))
                .add("syncId", syncId).add("clientId", clientId).build();
        var answer = send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString()))).body();
        var start = answer.indexOf('[');
        return Json.createReader(new StringReader(answer.substring(start))).readArray().getJsonObject(0);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** The id of the UI node created for an element with that tag, in a UIDL answer's changes. */
    private static int nodeWithTag(JsonObject uidl, String tag) {
        for (JsonValue change : uidl.getJsonArray("changes")) {
            var c = change.asJsonObject();
            if ("tag".equals(c.getString("key", "")) && c.get("value") != null
                    && c.get("value").getValueType() == JsonValue.ValueType.STRING && tag.equals(c.getString("value")))
                return c.getInt("node");
        }
        throw new IllegalStateException("No " + tag + " in the UIDL answer: " + uidl);
    }

    /** Whether the session is signed in as this user: GET /api/v1/me through the session cookie alone. */
    boolean isSignedIn() {
        var me = get("api/v1/me");
        return me.statusCode() == 200 && me.body().contains("\"" + username + "\"");
    }

    /** A read through the signed-in session (the UI's way; no credentials sent). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** A write: the API takes writes with credentials only; the cookies still route it to this user's instance. */
    HttpResponse<String> put(String path, String json, String ifMatch) {
        return send(authorized(path).header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> post(String path, String json) {
        return send(authorized(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder authorized(String path) {
        var credentials = Base64.getEncoder().encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    /** The instance the balancer routes this user to ("a" or "b"), from its route cookie. */
    Optional<String> instance() {
        return cookie(ROUTE_COOKIE);
    }

    Optional<String> session() {
        return cookie("JSESSIONID");
    }

    private Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    String username() {
        return username;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
