package org.napacademy.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small JSON client for the REST contract tests: what a real API user sends, over real HTTP. It signs
 * every request with HTTP Basic: the demo administrator unless {@link #as} names another demo user.
 */
final class Api {
    static final String DEMO_PASSWORD = "demo";
    // HTTP/1.1 as browsers speak it over plain http: the JDK client's h2c upgrade stalled requests under 20 concurrent clients
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    Api(URL deployment) {
        this(base(deployment), basic("admin", DEMO_PASSWORD));
    }

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    private static URI base(URL deployment) {
        var text = deployment.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The same API used by another demo user (password {@value #DEMO_PASSWORD}). */
    Api as(String username) {
        return new Api(base, basic(username, DEMO_PASSWORD));
    }

    /** The same API with the given password. */
    Api as(String username, String password) {
        return new Api(base, basic(username, password));
    }

    /** The same API with a personal API token. */
    Api withToken(String token) {
        return new Api(base, "Bearer " + token);
    }

    /** The same API without any credentials. */
    Api anonymous() {
        return new Api(base, null);
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A conditional GET: 304 without a body while the tag is the current one. */
    Reply getIfNoneMatch(String path, String etag) {
        return send(request(path).setHeader("If-None-Match", etag).GET());
    }

    /** For the endpoints that speak plain text (MicroProfile Metrics answers in the OpenMetrics format). */
    Reply getText(String path) {
        return send(request(path).setHeader("Accept", "text/plain").GET());
    }

    Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply put(String path, String json, String ifMatch) {
        var request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Reply delete(String path, String ifMatch) {
        var request = request(path).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .setHeader("Accept", "application/json, application/problem+json");
        if (authorization != null) request.setHeader("Authorization", authorization);
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("X-Total-Count").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String contentType, String etag, String location, String totalCount, String body) {
        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        JsonObject object() {
            return (JsonObject) json();
        }

        JsonArray array() {
            return (JsonArray) json();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
