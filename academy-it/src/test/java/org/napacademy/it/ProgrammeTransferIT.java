package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moving a programme between servers, over the API: the demo programme's export, imported back into the same
 * running instance under another name, shows the same outcome figures for each of its cohorts; refusals
 * store nothing; only administrators move programmes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgrammeTransferIT {
    private static final String PROBLEM = "application/problem+json";
    private static final String DEMO_PROGRAMME = "WPS National Action Plan Academy";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    @Test
    void an_administrator_downloads_the_programme_as_a_json_attachment() throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(api().base() + "api/v1/programmes/" + demoProgrammeId() + "/export"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("programme-wps-national-action-plan-academy-" + LocalDate.now().getYear());
        var document = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(document.getString("format")).isEqualTo("napacademy-programme");
        assertThat(document.getInt("version")).isEqualTo(2);
        assertThat(document.getJsonObject("programme").getString("name")).isEqualTo(DEMO_PROGRAMME);
        assertThat(document.getJsonArray("cohorts")).hasSize(2);
        assertThat(response.body()).doesNotContain("passwordHash").doesNotContain("PBKDF2");
    }

    @Test
    void the_programme_imported_under_another_name_shows_the_same_outcomes_for_each_cohort() {
        var name = "Moved academy " + UUID.randomUUID();
        var imported = api().post("api/v1/programme-imports", renamed(exported(), name).toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        var outcome = imported.object();
        assertThat(imported.location()).endsWith("/api/v1/programmes/" + outcome.getJsonNumber("programmeId").longValue());
        assertThat(outcome.getString("programmeName")).isEqualTo(name);
        var counts = outcome.getJsonObject("counts");
        assertThat(counts.getInt("cohorts")).isEqualTo(2);
        assertThat(counts.getInt("roadmaps")).isPositive();
        assertThat(counts.getInt("usersAlreadyPresent")).as("the demo users exist here and are left alone").isPositive();
        assertThat(counts.containsKey("users")).isFalse();

        var newProgramme = outcome.getJsonNumber("programmeId").longValue();
        for (var original : cohortsOf(demoProgrammeId()).getValuesAs(JsonObject.class)) {
            var copy = cohortsOf(newProgramme).getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("name").equals(original.getString("name"))).findFirst().orElseThrow();
            assertThat(copy.getString("status")).isEqualTo(original.getString("status"));
            assertThat(withoutIds(outcomes(copy))).as(original.getString("name")).isEqualTo(withoutIds(outcomes(original)));
        }
        assertThat(api().get("api/v1/programmes/" + newProgramme).status()).isEqualTo(200);
    }

    @Test
    void the_same_programme_is_not_imported_twice() {
        var before = programmeCount();
        var again = api().post("api/v1/programme-imports", exported().toString());
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
        assertThat(again.contentType()).startsWith(PROBLEM);
        assertThat(again.object().getString("detail")).contains(DEMO_PROGRAMME);
        assertThat(programmeCount()).isEqualTo(before);
    }

    @Test
    void a_document_of_another_version_is_refused_and_stores_nothing() {
        var before = programmeCount();
        var later = Json.createObjectBuilder(renamed(exported(), "Later version " + UUID.randomUUID())).add("version", 3).build();
        var refused = api().post("api/v1/programme-imports", later.toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.object().getString("detail")).contains("versions 1 to 2");
        assertThat(programmeCount()).isEqualTo(before);
    }

    @Test
    void a_truncated_document_answers_400_and_stores_nothing() {
        var before = programmeCount();
        var whole = renamed(exported(), "Truncated " + UUID.randomUUID()).toString();
        var truncated = api().post("api/v1/programme-imports", whole.substring(0, whole.indexOf("\"roadmaps\"") + 30));
        assertThat(truncated.status()).as(truncated.toString()).isEqualTo(400);
        assertThat(truncated.contentType()).startsWith(PROBLEM);
        assertThat(programmeCount()).isEqualTo(before);
        assertThat(api().post("api/v1/programme-imports", "").status()).isEqualTo(400);
    }

    @Test
    void only_administrators_export_or_import_programmes() {
        var export = "api/v1/programmes/" + demoProgrammeId() + "/export";
        // a small body: the refusal comes before the body is read, and a large one would stall the upload
        var document = "{\"format\":\"napacademy-programme\",\"version\":1,\"programme\":{\"key\":\"1\",\"name\":\"Not allowed\"}}";
        for (var user : new String[] {"trainer", "sponsor", "delegate.ec"}) {
            assertThat(api().as(user).get(export).status()).as(user).isEqualTo(403);
            assertThat(api().as(user).post("api/v1/programme-imports", document).status()).as(user).isEqualTo(403);
        }
        assertThat(api().anonymous().get(export).status()).isEqualTo(401);
        assertThat(api().anonymous().post("api/v1/programme-imports", document).status()).isEqualTo(401);
    }

    // helpers -------------------------------------------------------------------------------------------

    private Api api() { return new Api(base); }

    private long demoProgrammeId() {
        return api().get("api/v1/programmes?size=100").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(DEMO_PROGRAMME)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long programmeCount() {
        return Long.parseLong(api().get("api/v1/programmes").totalCount());
    }

    private JsonObject exported() {
        var reply = api().get("api/v1/programmes/" + demoProgrammeId() + "/export");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /**
     * The document under another programme name. A certificate's code is unique in a database, so the
     * certificates (if a test issued any) cannot come back into the database they left.
     */
    private static JsonObject renamed(JsonObject document, String name) {
        var programme = Json.createObjectBuilder(document.getJsonObject("programme")).add("name", name);
        return Json.createObjectBuilder(document).add("programme", programme).add("certificates", JsonValue.EMPTY_JSON_ARRAY).build();
    }

    private JsonArray cohortsOf(long programmeId) {
        var cohorts = api().get("api/v1/cohorts?size=100").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("programmeId").longValue() == programmeId).toList();
        var array = Json.createArrayBuilder();
        cohorts.forEach(array::add);
        return array.build();
    }

    private JsonObject outcomes(JsonObject cohort) {
        var reply = api().get("api/v1/cohorts/" + cohort.getJsonNumber("id").longValue() + "/outcomes");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The figures without the ids, which differ between the original and the copy. */
    private static JsonValue withoutIds(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var object = Json.createObjectBuilder();
                value.asJsonObject().forEach((name, inner) -> {
                    if (!name.equals("id") && !name.endsWith("Id")) object.add(name, withoutIds(inner));
                });
                yield object.build();
            }
            case ARRAY -> {
                var array = Json.createArrayBuilder();
                value.asJsonArray().forEach(inner -> array.add(withoutIds(inner)));
                yield array.build();
            }
            default -> value;
        };
    }
}
