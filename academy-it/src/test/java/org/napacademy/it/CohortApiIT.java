package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST contract of programmes, cohorts, delegations, participants, curriculum and countries, over real
 * HTTP against the war as built on a real Payara Micro. Every test builds the data it needs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortApiIT {
    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    // programmes and cohorts ---------------------------------------------------------------------------

    @Test
    void a_programme_is_created_with_the_full_roadmap_template() {
        var reply = api().post("api/v1/programmes", """
                {"name": "%s", "description": "WPS NAP Academy", "languages": ["en", "es"]}""".formatted(unique("Academy")));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).contains("/api/v1/programmes/" + reply.object().getJsonNumber("id"));
        assertThat(reply.etag()).isEqualTo("\"1\"");
        assertThat(reply.object().getJsonArray("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        assertThat(reply.object().getJsonArray("levels")).hasSize(4);
        assertThat(reply.object().getJsonArray("pillars")).hasSize(4);
    }

    @Test
    void a_cohort_is_planned_and_read_back() {
        var programme = programme();
        var name = unique("Panama City");

        var created = api().post("api/v1/cohorts", cohortJson(programme, name, "2025-06-24", "2025-06-26"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.etag()).isNotNull();
        var id = created.object().getJsonNumber("id").longValue();
        assertThat(created.location()).endsWith("/api/v1/cohorts/" + id);
        var read = api().get("api/v1/cohorts/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo(created.etag());
        var cohort = read.object();
        assertThat(cohort.getString("name")).isEqualTo(name);
        assertThat(cohort.getJsonNumber("programmeId").longValue()).isEqualTo(id(programme));
        assertThat(cohort.getString("programmeName")).isEqualTo(programme.getString("name"));
        assertThat(cohort.getString("countryCode")).isEqualTo("PA");
        assertThat(cohort.getString("city")).isEqualTo("Panama City");
        assertThat(cohort.getString("venueName")).isEqualTo("Hotel Central");
        assertThat(cohort.getString("timeZone")).isEqualTo("America/Panama");
        assertThat(cohort.getString("startDate")).isEqualTo("2025-06-24");
        assertThat(cohort.getString("endDate")).isEqualTo("2025-06-26");
        assertThat(cohort.getString("status")).isEqualTo("PLANNED");
        assertThat(cohort.getInt("delegationCount")).isZero();
        assertThat(cohort.getJsonArray("trainers").toString()).isEqualTo("[\"trainer.ana\"]");
    }

    @Test
    void the_cohort_list_is_paged_newest_first_with_a_total_count() {
        var programme = programme();
        var older = cohort(programme, "2090-01-10", "2090-01-12");
        var newer = cohort(programme, "2091-01-10", "2091-01-12");

        var reply = api().get("api/v1/cohorts?page=0&size=2");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Long.parseLong(reply.totalCount())).isGreaterThanOrEqualTo(2);
        assertThat(reply.array()).hasSize(2);
        assertThat(reply.array().getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id(newer));
        assertThat(reply.array().getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(id(older));
        assertThat(reply.array().getJsonObject(0).getString("programmeName")).isEqualTo(programme.getString("name"));
    }

    @Test
    void a_delegation_is_added_with_its_draft_roadmap() {
        var cohort = cohort(programme(), "2025-06-24", "2025-06-26");

        var created = api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"CR\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var delegation = created.object();
        assertThat(delegation.getJsonNumber("roadmapId")).isNotNull();
        assertThat(delegation.getString("countryName")).isEqualTo("Costa Rica");
        assertThat(delegation.getJsonNumber("cohortId").longValue()).isEqualTo(id(cohort));
        assertThat(created.location()).endsWith("/api/v1/delegations/" + id(delegation));
        api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"BO\"}");
        var list = api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array();
        assertThat(list.stream().map(d -> d.asJsonObject().getString("countryName"))).containsExactly("Bolivia", "Costa Rica");
        assertThat(list.stream().allMatch(d -> d.asJsonObject().containsKey("roadmapId")
                && !d.asJsonObject().isNull("roadmapId"))).isTrue();
        assertThat(api().get("api/v1/cohorts/" + id(cohort)).object().getInt("delegationCount")).isEqualTo(2);
        assertThat(api().get("api/v1/delegations/" + id(delegation)).object().getInt("participantCount")).isZero();
    }

    @Test
    void a_second_delegation_of_a_country_in_a_cohort_is_refused() {
        var cohort = cohort(programme(), "2025-06-24", "2025-06-26");
        api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"PA\"}");

        var second = api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"PA\"}");

        assertProblem(second, 422);
        assertThat(api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array()).hasSize(1);
    }

    // helpers ----------------------------------------------------------------------------------------------

    private Api api() {
        return new Api(base);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private JsonObject programme() {
        var reply = api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["en", "es", "pt", "fr"]}""".formatted(unique("Programme")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String cohortJson(JsonObject programme, String name, String start, String end) {
        return """
                {"programmeId": %d, "name": "%s", "venueName": "Hotel Central", "city": "Panama City",
                 "countryCode": "PA", "timeZone": "America/Panama", "startDate": "%s", "endDate": "%s",
                 "trainers": ["trainer.ana"]}""".formatted(id(programme), name, start, end);
    }

    private JsonObject cohort(JsonObject programme, String start, String end) {
        var reply = api().post("api/v1/cohorts", cohortJson(programme, unique("Cohort"), start, end));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.object().getInt("status")).isEqualTo(status);
    }
}
