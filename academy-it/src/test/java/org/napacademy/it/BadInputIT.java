package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, bad input: every operation of the OpenAPI document, aimed at the demo objects with the sample
 * bodies of {@link AccessMatrixIT#TABLE}, gets hostile requests built from the body's schema. Clearly invalid
 * input (malformed JSON, wrong types, unknown enum values, impossible dates, wrong content types, ids of
 * nothing, no body) must answer a 4xx problem with a useful detail and store nothing; doubtful input (empty,
 * 1 MB, control, right-to-left and emoji text, negative and huge numbers, far dates, missing and extra fields,
 * ids of other objects) may be accepted, but never answers a 5xx. Writes carry a stale If-Match, so a doubtful
 * value that passes validation is refused by the version check and still stores nothing. The values are drawn
 * with a seeded Random (printed; {@code -Dreliability.seed=} repeats a run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String STALE = "\"999999\"";
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\"(exception|trace|stackTrace)\"");
    private static final String MEGABYTE = "x".repeat(1 << 20);
    private static final List<String> ODD_TEXT = List.of("", "a\u0000b\u0001c\u0007\u001b[31m", "\u202Eevil\u202C سلام עולם",
            "👩🏽‍⚖️ WPS 🕊️ 𝕏", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "   ");
    private static final List<String> ODD_NUMBERS = List.of("-1", "0", "9000000000000000000", "-9000000000000000000",
            "99999999999999999999999", "1e400", "0.0000000000000000001");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    /** One hostile request: clearly invalid ones must be refused, doubtful ones must merely not fail. */
    private record Attempt(String category, boolean clearlyInvalid, String method, String path, String contentType, String body) {
    }

    @Test
    void every_operation_answers_hostile_input_with_a_4xx_problem_and_stores_nothing() {
        var seed = Long.getLong("reliability.seed", System.currentTimeMillis());
        var random = new Random(seed);
        var admin = new Api(base);
        var openApi = DemoObjects.openApi(admin);
        var demo = DemoObjects.find(admin);
        var operations = DemoObjects.operations(openApi);
        var rows = AccessMatrixIT.rows();
        assertThat(rows.keySet()).as("operations the sample bodies do not cover").containsAll(operations);

        var failures = new ArrayList<String>();
        var perCategory = new TreeMap<String, Integer>();
        var perStatus = new TreeMap<Integer, Integer>();
        int accepted = 0;
        var serverLog = ServerLog.record();
        for (var row : rows.values()) {
            var operation = openApi.getJsonObject("paths").getJsonObject(row.template())
                    .getJsonObject(row.method().toLowerCase(java.util.Locale.ROOT));
            var attempts = attempts(row, operation, openApi, demo, random);
            var before = stored(row, demo);
            boolean anyAccepted = false;
            for (var attempt : attempts) {
                HttpResponse<String> reply;
                try {
                    reply = send(attempt);
                } catch (java.io.UncheckedIOException noAnswer) {
                    failures.add("no answer (" + noAnswer.getCause() + ") to " + attempt.category() + ": " + attempt.method()
                            + " " + attempt.path());
                    perCategory.merge(attempt.category(), 1, Integer::sum);
                    continue;
                }
                perCategory.merge(attempt.category(), 1, Integer::sum);
                perStatus.merge(reply.statusCode(), 1, Integer::sum);
                var problem = judge(attempt, reply);
                if (problem != null) failures.add(problem);
                if (reply.statusCode() / 100 == 2) {
                    accepted++;
                    anyAccepted = true;
                }
            }
            if (!anyAccepted && !row.method().equals("GET")) {
                var after = stored(row, demo);
                if (!after.equals(before))
                    failures.add(row.key() + ": refused input changed what is stored: " + before + " -> " + after);
            }
        }
        serverLog.close();
        var total = perCategory.values().stream().mapToInt(Integer::intValue).sum();
        var stackTraces = serverLog.stackTraces();
        System.out.println("BadInputIT: seed " + seed + ", " + rows.size() + " operations, " + total + " hostile requests, "
                + accepted + " doubtful ones accepted; per category " + perCategory + "; per status " + perStatus + "; "
                + serverLog.lines().size() + " lines of server log, " + stackTraces.size() + " stack traces");
        assertThat(failures).as(total + " hostile requests").isEmpty();
        assertThat(stackTraces).as("stack traces in the server log while answering " + total + " hostile requests").isEmpty();
    }

    @Test
    void an_oversize_body_sent_in_chunks_is_refused_with_413_and_a_problem() {
        var before = new Api(base).get("/api/v1/programmes?size=1").totalCount();

        var reply = sendRaw(chunked("{\"name\": \"" + "x".repeat(3 << 20) + "\", \"languages\": [\"en\"]}"));

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(reply.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new Api(base).get("/api/v1/programmes?size=1").totalCount()).isEqualTo(before);
        var small = sendRaw(chunked("{\"name\": \"Chunked " + System.nanoTime() + "\", \"languages\": [\"en\"]}"));
        assertThat(small.statusCode()).as("a small chunked body is read whole: " + small.body()).isEqualTo(201);
    }

    /** A POST of a new programme whose body comes from a stream, so the client sends it chunked, without a length. */
    private HttpRequest chunked(String json) {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + "api/v1/programmes"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .timeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void an_oversize_body_is_refused_with_413_and_a_problem() {
        var body = "{\"name\": \"" + "x".repeat(20 << 20) + "\", \"languages\": [\"en\"]}";
        var before = new Api(base).get("/api/v1/programmes?size=1").totalCount();

        var reply = send(new Attempt("oversize", true, "POST", "/api/v1/programmes", "application/json", body));

        System.out.println("BadInputIT: a " + (body.length() >> 20) + " MB body answered " + reply.statusCode());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(413);
        assertThat(judge(new Attempt("oversize", true, "POST", "/api/v1/programmes", "application/json", ""), reply)).isNull();
        assertThat(new Api(base).get("/api/v1/programmes?size=1").totalCount()).isEqualTo(before);
    }

    // the attempts ----------------------------------------------------------------------------------------

    private List<Attempt> attempts(AccessMatrixIT.Row row, JsonObject operation, JsonObject openApi, Map<String, String> demo,
                                   Random random) {
        var attempts = new ArrayList<Attempt>();
        var path = row.path(demo);
        var body = row.body(demo);
        var contentType = body == null ? null : "application/json";
        for (var parameter : row.ids().keySet())
            for (var nothing : List.of("0", "-1", "9000000000000000000", "99999999999999999999", "x%20y"))
                attempts.add(new Attempt("ids of nothing", true, row.method(),
                        with(row, demo, parameter, nothing), contentType, body));
        if (operation.containsKey("parameters"))
            for (var parameter : operation.getJsonArray("parameters")) {
                var p = parameter.asJsonObject();
                if (!p.getString("in").equals("query")) continue;
                for (var value : List.of("-1", "x", "99999999999999999999", "%00", "%E2%80%AE"))
                    attempts.add(new Attempt("query parameters", false, row.method(),
                            path + (path.contains("?") ? "&" : "?") + p.getString("name") + "=" + value, contentType, body));
            }
        if (!operation.containsKey("requestBody")) return attempts;
        for (var wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded"))
            attempts.add(new Attempt("wrong content type", true, row.method(), path, wrongType, body == null ? "x" : body));
        var schema = schema(operation.getJsonObject("requestBody"), openApi);
        if (schema == null || body == null) return attempts;
        for (var malformed : List.of("", "{", "{\"a\":", "[1,2", "nonsense", "{\"a\": 1,}", "\u0000", "null"))
            attempts.add(new Attempt("malformed JSON", true, row.method(), path, contentType, malformed));
        var sample = parse(body);
        var isArray = sample.getValueType() == JsonValue.ValueType.ARRAY;
        for (var wrongShape : isArray ? List.of("{}", "42", "\"text\"") : List.of("[]", "42", "\"text\"", "true"))
            attempts.add(new Attempt("wrong JSON types", true, row.method(), path, contentType, wrongShape));
        var element = isArray ? sample.asJsonArray().isEmpty() ? null : sample.asJsonArray().get(0) : sample;
        var elementSchema = isArray ? resolve(schema.getJsonObject("items"), openApi) : schema;
        if (element == null || element.getValueType() != JsonValue.ValueType.OBJECT || elementSchema == null
                || !elementSchema.containsKey("properties")) return attempts;
        var original = element.asJsonObject();
        var megabyteField = random.nextInt(Math.max(1, elementSchema.getJsonObject("properties").size()));
        int index = 0;
        for (var property : elementSchema.getJsonObject("properties").entrySet()) {
            var name = property.getKey();
            var field = resolve(property.getValue().asJsonObject(), openApi);
            var type = field == null ? "object" : field.getString("type", field.containsKey("enum") ? "string" : "object");
            var mutations = new ArrayList<Map.Entry<String, String>>();
            if (!type.equals("object")) mutations.add(Map.entry("wrong JSON types", "{}"));
            if (!type.equals("array")) mutations.add(Map.entry("wrong JSON types", "[]"));
            if (field != null && field.containsKey("enum")) mutations.add(Map.entry("unknown enum values", "\"NOT_A_VALUE\""));
            var format = field == null ? "" : field.getString("format", "");
            switch (type) {
                case "string" -> {
                    if (format.equals("date")) {
                        mutations.add(Map.entry("impossible dates", "\"2025-02-30\""));
                        mutations.add(Map.entry("impossible dates", "\"yesterday\""));
                        mutations.add(Map.entry("dates out of range", "\"0000-01-01\""));
                        mutations.add(Map.entry("dates out of range", "\"+99999-01-01\""));
                    } else if (format.equals("date-time")) {
                        mutations.add(Map.entry("impossible dates", "\"2025-02-30T10:00:00\""));
                        mutations.add(Map.entry("dates out of range", "\"0000-01-01T00:00:00\""));
                        mutations.add(Map.entry("dates out of range", "\"+99999-12-31T23:59:59\""));
                    } else if (!field.containsKey("enum")) {
                        ODD_TEXT.forEach(text -> mutations.add(Map.entry("odd text", Json.createValue(text).toString())));
                        if (index == megabyteField) mutations.add(Map.entry("1 MB strings", "\"" + MEGABYTE + "\""));
                    }
                }
                case "integer", "number" -> {
                    mutations.add(Map.entry("wrong JSON types", "\"NaN\""));
                    mutations.add(Map.entry("wrong JSON types", "true"));
                    ODD_NUMBERS.forEach(number -> mutations.add(Map.entry("odd numbers", number)));
                    if (name.endsWith("Id"))
                        for (var other : List.of("roadmap", "participant", "indicator"))
                            mutations.add(Map.entry("ids of other objects", demo.get(other)));
                }
                case "boolean" -> mutations.add(Map.entry("wrong JSON types", "\"maybe-not\""));
                case "array" -> mutations.add(Map.entry("wrong JSON types", "\"not a list\""));
                default -> mutations.add(Map.entry("wrong JSON types", "17"));
            }
            for (var mutation : mutations)
                attempts.add(new Attempt(mutation.getKey(), !Set.of("odd text", "odd numbers", "dates out of range",
                        "ids of other objects", "1 MB strings").contains(mutation.getKey()), row.method(), path, contentType,
                        rebuild(sample, isArray, Json.createObjectBuilder(original).add(name, parse(mutation.getValue())).build())));
            attempts.add(new Attempt("missing fields", false, row.method(), path, contentType,
                    rebuild(sample, isArray, Json.createObjectBuilder(original).remove(name).build())));
            index++;
        }
        attempts.add(new Attempt("extra fields", false, row.method(), path, contentType,
                rebuild(sample, isArray, Json.createObjectBuilder(original).add("unexpectedField", "surprise")
                        .add("id", 1).add("version", -5).build())));
        return attempts;
    }

    private static String rebuild(JsonValue sample, boolean isArray, JsonObject element) {
        if (!isArray) return element.toString();
        var array = Json.createArrayBuilder(sample.asJsonArray());
        return array.set(0, element).build().toString();
    }

    private static String with(AccessMatrixIT.Row row, Map<String, String> demo, String parameter, String value) {
        var others = new LinkedHashMap<>(demo);
        others.put("__nothing", value);
        var ids = new LinkedHashMap<>(row.ids());
        ids.put(parameter, "__nothing");
        return new AccessMatrixIT.Row(row.method(), row.template(), row.may(), row.refusal(), ids, row.sampleBody()).path(others);
    }

    /** The request body's JSON schema, its $ref resolved; null when the body is not JSON. */
    private static JsonObject schema(JsonObject requestBody, JsonObject openApi) {
        var content = requestBody.getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) return null;
        return resolve(content.getJsonObject("application/json").getJsonObject("schema"), openApi);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject openApi) {
        if (schema == null) return null;
        if (schema.containsKey("$ref")) {
            var name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return openApi.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        if (schema.containsKey("allOf")) return resolve(schema.getJsonArray("allOf").getJsonObject(0), openApi);
        return schema;
    }

    // the judgement -----------------------------------------------------------------------------------------

    /** Null when the answer fits the attempt, else what is wrong with it. */
    private static String judge(Attempt attempt, HttpResponse<String> reply) {
        var status = reply.statusCode();
        var what = attempt.category() + ": " + attempt.method() + " " + abbreviate(attempt.path()) + " "
                + (attempt.contentType() == null ? "" : attempt.contentType() + " ") + abbreviate(attempt.body()) + " -> " + status
                + " " + abbreviate(reply.body());
        if (status >= 500) return what;
        if (status / 100 == 2) return attempt.clearlyInvalid() ? "accepted " + what : null;
        if (status / 100 != 4) return "neither refused nor accepted " + what;
        if (!reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))
            return "not a problem " + what;
        String detail;
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            detail = reader.readObject().getString("detail", "");
        } catch (RuntimeException notJson) {
            return "unreadable problem " + what;
        }
        if (detail.isBlank()) return "no detail " + what;
        if (STACK_FRAME.matcher(reply.body()).find()) return "a stack trace in " + what;
        return null;
    }

    private static String abbreviate(String text) {
        if (text == null) return "";
        return text.length() <= 160 ? text : text.substring(0, 150) + "...(" + text.length() + " chars)";
    }

    /** What an operation may change, read before and after its attempts: the version of its object or its list's size. */
    private String stored(AccessMatrixIT.Row row, Map<String, String> demo) {
        var path = row.path(demo);
        var reply = send(new Attempt("read", false, "GET", path, null, null));
        if (reply.statusCode() != 200) return "unreadable " + reply.statusCode();
        var total = reply.headers().firstValue("X-Total-Count");
        if (total.isPresent()) return "count " + total.get();
        JsonStructure json;
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            json = reader.read();
        } catch (RuntimeException notJson) {
            return "length " + reply.body().length();
        }
        if (json instanceof JsonObject object && object.containsKey("version")) return "version " + object.get("version");
        return json.getValueType() == JsonValue.ValueType.ARRAY ? "count " + json.asJsonArray().size() : "no version";
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private HttpResponse<String> send(Attempt attempt) {
        var root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        var request = HttpRequest.newBuilder(root.resolve(attempt.path().substring(1))).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attempt.body()));
        if (attempt.contentType() != null) request.header("Content-Type", attempt.contentType());
        if (!attempt.method().equals("GET")) request.header("If-Match", STALE);
        return sendRaw(request.build());
    }

    private static HttpResponse<String> sendRaw(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
