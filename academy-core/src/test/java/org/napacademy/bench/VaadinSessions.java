package org.napacademy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 4's load: {@code count} signed-in Vaadin sessions without a browser. Each one speaks Vaadin's own
 * protocol as the browser's client does (the bootstrap page, {@code ?v-r=init}, then UIDL requests with the
 * session's CSRF token): it opens the login view, signs in through the {@code vaadin-login-form}'s login event
 * (the same server-side listener a person triggers), navigates its UI to the dashboard, and opens a second
 * UI (a second tab) on the roadmap view, each UI followed by one more message as a browser's next one (see
 * {@code followUp}). So every session holds two server-side UIs with their component trees, and is left open. Usage: {@code VaadinSessions <base url> <username> <password> <roadmap id> <count>};
 * prints the seconds taken and fails when a view did not open.
 */
public final class VaadinSessions {
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern LOGIN_FORM = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-login-form\"}");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    /** HTTP/1.1 as a browser speaks it to a plain-HTTP server (no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private String cookie;

    private VaadinSessions(String base) { this.base = base.endsWith("/") ? base : base + "/"; }

    public static void main(String[] args) throws IOException, InterruptedException {
        int count = Integer.parseInt(args[4]);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) new VaadinSessions(args[0]).signInAndOpen(args[1], args[2], "roadmaps/" + args[3]);
        System.out.printf("sessions=%d%nseconds=%.1f%n", count, (System.nanoTime() - started) / 1e9);
    }

    private void signInAndOpen(String username, String password, String roadmapRoute) throws IOException, InterruptedException {
        get("login");
        var tab = Ui.open(this, "login");
        var login = tab.navigate("login");
        var form = find(LOGIN_FORM, login, "the login form");
        var signedIn = tab.send("{\"type\":\"event\",\"node\":" + form + ",\"event\":\"login\",\"data\":{\"event.detail.username\":"
                + quoted(username) + ",\"event.detail.password\":" + quoted(password) + ",\"}disabled\":false}}");
        if (signedIn.contains("vaadin-login-form")) throw new IllegalStateException("the sign-in was refused: " + signedIn);
        // -Dviews=dashboard or -Dviews=roadmap measures one view alone (profiling); both by default, as figure 4 asks
        var views = System.getProperty("views", "both");
        if (!views.equals("roadmap")) {
            expect(tab.navigate("dashboard"), "\"vaadin-select\"", "the dashboard");
            tab.followUp();
        }
        if (views.equals("dashboard")) return;
        var roadmapTab = Ui.open(this, roadmapRoute);
        expect(roadmapTab.navigate(roadmapRoute), "\"vaadin-grid\"", "the roadmap view");
        roadmapTab.followUp();
    }

    /** One browser tab: a server-side UI and the client's side of its UIDL conversation. */
    private static final class Ui {
        private final VaadinSessions session;
        private final String id;
        private final String csrf;
        private int syncId;
        private int clientId;
        private int history;

        private Ui(VaadinSessions session, String init) {
            this.session = session;
            this.id = find(UI_ID, init, "the UI id");
            this.csrf = find(SECURITY_KEY, init, "the CSRF token");
            this.syncId = Integer.parseInt(find(SYNC_ID, init, "the sync id"));
        }

        static Ui open(VaadinSessions session, String route) throws IOException, InterruptedException {
            return new Ui(session, session.get("?v-r=init&location=" + route + "&query="));
        }

        String navigate(String route) throws IOException, InterruptedException {
            return send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + quoted(route)
                    + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + history++ + "},\"trigger\":\"\"}}");
        }

        /**
         * The message a browser sends next, here without any change: Vaadin keeps each UI's last response to send it
         * again should it be lost, so without it a UI would be measured holding its whole opening response (the
         * roadmap's is about 170 KB) where a browser's UI holds its latest, small one.
         */
        void followUp() throws IOException, InterruptedException { send(""); }

        String send(String rpc) throws IOException, InterruptedException {
            var body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId++ + "}";
            var answer = session.post("?v-r=uidl&v-uiId=" + id, body);
            if (answer.contains("\"sessionExpired\"") || answer.contains("\"appError\""))
                throw new IllegalStateException("the UI " + id + " failed: " + answer);
            Matcher sync = SYNC_ID.matcher(answer);
            while (sync.find()) syncId = Integer.parseInt(sync.group(1));
            return answer;
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return exchange(request(path).GET());
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        return exchange(request(path).header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (cookie != null) builder.header("Cookie", "JSESSIONID=" + cookie);
        return builder;
    }

    /** Keeps the session cookie, which the sign-in renews. */
    private String exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        var built = request.build();
        var answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) throw new IllegalStateException(built.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        answer.headers().allValues("Set-Cookie").forEach(header -> {
            var value = SESSION_COOKIE.matcher(header);
            if (value.find()) cookie = value.group(1);
        });
        return answer.body();
    }

    private static void expect(String answer, String marker, String what) {
        if (!answer.contains(marker)) throw new IllegalStateException(what + " did not open: " + answer);
    }

    private static String find(Pattern pattern, String text, String what) {
        var found = pattern.matcher(text);
        if (!found.find()) throw new IllegalStateException("no " + what + " in " + text);
        return found.group(1);
    }

    private static String quoted(String text) { return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }
}
