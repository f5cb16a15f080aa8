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
    void a_programme_is_created_with_all_four_levels_its_tags_and_the_platform_s_words() {
        var reply = api().post("api/v1/programmes", """
                {"name": "%s", "description": "WPS NAP Academy", "languages": ["en", "es"], %s}""".formatted(unique("Academy"), WpsTemplate.TAGS));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).contains("/api/v1/programmes/" + reply.object().getJsonNumber("id"));
        assertThat(reply.etag()).isEqualTo("\"1\"");
        assertThat(reply.object().getJsonArray("languages").toString()).isEqualTo("[\"en\",\"es\"]");
        assertThat(reply.object().getJsonArray("levels")).hasSize(4);
        assertThat(reply.object().getJsonArray("tags")).hasSize(4);
        assertThat(reply.object().getJsonArray("tags").getJsonObject(3).getJsonObject("label").getString("es")).isEqualTo("Socorro y recuperación");
        assertThat(reply.object().getJsonObject("vocabulary")).isEmpty();
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
    void the_cohort_list_searches_filters_by_status_and_sorts_by_the_column_asked_for() {
        var programme = programme();
        // earlier than the paging test's cohorts, which expects its own to be the newest
        var older = cohort(programme, "2080-01-10", "2080-01-12");
        var newer = cohort(programme, "2081-01-10", "2081-01-12");
        var search = "api/v1/cohorts?q=" + java.net.URLEncoder.encode(programme.getString("name").toUpperCase(),
                java.nio.charset.StandardCharsets.UTF_8);

        var oldestFirst = api().get(search + "&sort=start");
        assertThat(oldestFirst.totalCount()).isEqualTo("2");
        assertThat(oldestFirst.array().getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id(older));
        assertThat(oldestFirst.array().getJsonObject(1).getJsonNumber("id").longValue()).isEqualTo(id(newer));
        assertThat(api().get(search + "&status=planned").totalCount()).isEqualTo("2");
        assertThat(api().get(search + "&status=CLOSED").array()).isEmpty();
        assertProblem(api().get(search + "&status=FINISHED"), 400);
        assertProblem(api().get(search + "&sort=-password"), 400);
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

    @Test
    void participants_are_enrolled_listed_and_counted() {
        var delegation = delegation(cohort(programme(), "2025-06-24", "2025-06-26"), "PA");

        var created = api().post("api/v1/delegations/" + id(delegation) + "/participants", participantJson("Ana", "Ríos", "FOCAL_POINT"));
        participant(delegation, "Luis", "Arce");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var ana = created.object();
        assertThat(ana.getString("role")).isEqualTo("FOCAL_POINT");
        assertThat(ana.getString("institutionType")).isEqualTo("GOVERNMENT");
        assertThat(ana.getBoolean("consentToBeListed")).isTrue();
        assertThat(created.location()).endsWith("/api/v1/participants/" + id(ana));
        var page = api().get("api/v1/delegations/" + id(delegation) + "/participants?size=1");
        assertThat(page.totalCount()).isEqualTo("2");
        assertThat(page.array().getJsonObject(0).getString("familyName")).isEqualTo("Arce");
        assertThat(api().get("api/v1/delegations/" + id(delegation)).object().getInt("participantCount")).isEqualTo(2);
        assertThat(api().get("api/v1/participants/" + id(ana)).object().getString("email")).isEqualTo("ana.rios@example.org");
    }

    @Test
    void a_session_inside_the_cohort_dates_is_planned_and_one_outside_is_refused() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");
        var module = module(programme, "THEORY_OF_CHANGE");

        var inside = api().post("api/v1/cohorts/" + id(cohort) + "/sessions", sessionJson(module, "2025-06-24T09:00", "2025-06-24T12:30"));
        var outside = api().post("api/v1/cohorts/" + id(cohort) + "/sessions", sessionJson(module, "2025-06-27T09:00", "2025-06-27T12:30"));

        assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
        assertThat(inside.object().getString("moduleCode")).isEqualTo("THEORY_OF_CHANGE");
        assertThat(inside.object().getString("startsAt")).startsWith("2025-06-24T09:00");
        assertThat(inside.object().getJsonArray("trainers").toString()).isEqualTo("[\"trainer.ana\"]");
        assertProblem(outside, 422);
        var sessions = api().get("api/v1/cohorts/" + id(cohort) + "/sessions").array();
        assertThat(sessions).hasSize(1);
        assertThat(api().get("api/v1/sessions/" + id(inside.object())).status()).isEqualTo(200);
    }

    @Test
    void attendance_is_taken_and_read_back() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");
        var delegation = delegation(cohort, "CR");
        var ana = participant(delegation, "Ana", "Mora");
        var luis = participant(delegation, "Luis", "Solís");
        var session = session(cohort, module(programme, "GENDER_BUDGETING"));
        var attendance = "api/v1/sessions/" + id(session) + "/attendance";
        assertThat(api().get(attendance).array().stream().allMatch(row -> row.asJsonObject().isNull("status"))).isTrue();

        var taken = api().put(attendance, """
                [{"participantId": %d, "status": "PRESENT"}, {"participantId": %d, "status": "EXCUSED"}]"""
                .formatted(id(ana), id(luis)), null);

        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        var rows = api().get(attendance).array();
        assertThat(rows).hasSize(2);
        assertThat(rows.getJsonObject(0).getJsonNumber("participantId").longValue()).isEqualTo(id(ana));
        assertThat(rows.getJsonObject(0).getString("status")).isEqualTo("PRESENT");
        assertThat(rows.getJsonObject(1).getString("status")).isEqualTo("EXCUSED");
    }

    @Test
    void attendance_is_recorded_all_or_nothing() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");
        var ana = participant(delegation(cohort, "CR"), "Ana", "Mora");
        var stranger = participant(delegation(cohort(programme, "2025-06-24", "2025-06-26"), "CR"), "Eva", "Ajena");
        var session = session(cohort, module(programme, "LOCALIZATION"));

        var reply = api().put("api/v1/sessions/" + id(session) + "/attendance", """
                [{"participantId": %d, "status": "PRESENT"}, {"participantId": %d, "status": "PRESENT"}]"""
                .formatted(id(ana), id(stranger)), null);

        assertProblem(reply, 422);
        var rows = api().get("api/v1/sessions/" + id(session) + "/attendance").array();
        assertThat(rows).hasSize(1);
        assertThat(rows.getJsonObject(0).isNull("status")).isTrue();
    }

    @Test
    void feedback_is_recorded_and_a_rating_of_6_is_refused() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");
        var ana = participant(delegation(cohort, "PA"), "Ana", "Mora");
        var session = session(cohort, module(programme, "MONITORING"));
        var feedback = "api/v1/sessions/" + id(session) + "/feedback";

        var given = api().post(feedback, """
                {"participantId": %d, "rating": 5, "comment": "Useful", "preSelfAssessment": 2, "postSelfAssessment": 4}"""
                .formatted(id(ana)));
        var tooHigh = api().post(feedback, "{\"rating\": 6}");

        assertThat(given.status()).as(given.toString()).isEqualTo(201);
        assertThat(given.object().getInt("learningGain")).isEqualTo(2);
        assertThat(api().get(given.location().substring(given.location().indexOf("api/v1"))).status()).isEqualTo(200);
        assertValidationProblem(tooHigh, "rating");
        var list = api().get(feedback);
        assertThat(list.totalCount()).isEqualTo("1");
        assertThat(list.array().getJsonObject(0).getInt("rating")).isEqualTo(5);
    }

    // versions -------------------------------------------------------------------------------------------

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");
        var path = "api/v1/cohorts/" + id(cohort);
        var oldTag = api().get(path).etag();
        var renamed = api().put(path, cohortJson(programme, "Renamed once", "2025-06-24", "2025-06-26"), oldTag);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.etag()).isNotEqualTo(oldTag);

        var stale = api().put(path, cohortJson(programme, "Renamed twice", "2025-06-24", "2025-06-26"), oldTag);

        assertProblem(stale, 412);
        var current = api().get(path);
        assertThat(current.object().getString("name")).isEqualTo("Renamed once");
        assertThat(current.etag()).isEqualTo(renamed.etag());
    }

    @Test
    void an_update_without_a_version_is_refused_with_428() {
        var programme = programme();
        var cohort = cohort(programme, "2025-06-24", "2025-06-26");

        var reply = api().put("api/v1/cohorts/" + id(cohort), cohortJson(programme, "No version", "2025-06-24", "2025-06-26"), null);

        assertProblem(reply, 428);
        assertThat(api().get("api/v1/cohorts/" + id(cohort)).object().getString("name")).isEqualTo(cohort.getString("name"));
    }

    @Test
    void the_version_may_travel_in_the_body_instead_of_if_match() {
        var programme = programme();
        var path = "api/v1/programmes/" + id(programme);

        var reply = api().put(path, """
                {"name": "Renamed programme", "languages": ["en"], "version": %d}""".formatted(programme.getInt("version")), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(api().get(path).object().getString("name")).isEqualTo("Renamed programme");
    }

    @Test
    void cohort_status_moves_only_along_allowed_transitions() {
        var cohort = cohort(programme(), "2025-06-24", "2025-06-26");
        var status = "api/v1/cohorts/" + id(cohort) + "/status";

        var started = api().post(status, "{\"status\": \"IN_SESSION\"}");
        var backwards = api().post(status, "{\"status\": \"PLANNED\"}");

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.object().getString("status")).isEqualTo("IN_SESSION");
        assertProblem(backwards, 422);
        assertThat(api().get("api/v1/cohorts/" + id(cohort)).object().getString("status")).isEqualTo("IN_SESSION");
    }

    @Test
    void trainers_are_replaced_with_if_match() {
        var cohort = cohort(programme(), "2025-06-24", "2025-06-26");
        var path = "api/v1/cohorts/" + id(cohort);

        var withoutVersion = api().put(path + "/trainers", "[\"trainer.bea\"]", null);
        var replaced = api().put(path + "/trainers", "[\"trainer.bea\", \"trainer.carl\"]", api().get(path).etag());

        assertProblem(withoutVersion, 428);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(api().get(path).object().getJsonArray("trainers").toString()).isEqualTo("[\"trainer.bea\",\"trainer.carl\"]");
    }

    @Test
    void a_cohort_with_delegations_is_not_deleted_and_an_empty_one_is() {
        var programme = programme();
        var withDelegation = cohort(programme, "2025-06-24", "2025-06-26");
        delegation(withDelegation, "JM");
        var empty = cohort(programme, "2025-06-24", "2025-06-26");

        var refused = api().delete("api/v1/cohorts/" + id(withDelegation), api().get("api/v1/cohorts/" + id(withDelegation)).etag());
        var deleted = api().delete("api/v1/cohorts/" + id(empty), api().get("api/v1/cohorts/" + id(empty)).etag());

        assertProblem(refused, 422);
        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(api().get("api/v1/cohorts/" + id(empty)), 404);
    }

    @Test
    void a_delegation_without_participants_is_deleted_with_its_roadmap() {
        var cohort = cohort(programme(), "2025-06-24", "2025-06-26");
        var delegation = delegation(cohort, "TT");
        var path = "api/v1/delegations/" + id(delegation);

        var deleted = api().delete(path, api().get(path).etag());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertProblem(api().get(path), 404);
        assertThat(api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array()).isEmpty();
    }

    // bad input --------------------------------------------------------------------------------------------

    @Test
    void malformed_json_is_a_400_problem_and_stores_nothing() {
        var before = cohortCount();

        var reply = api().post("api/v1/cohorts", "{\"programmeId\": 1, \"name\": ");

        assertProblem(reply, 400);
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_problem_and_stores_nothing() {
        var programme = programme();
        var before = cohortCount();

        var reply = api().post("api/v1/cohorts", cohortJson(programme, "Wrong date", "2025-06-24", "2025-06-26")
                .replace("\"startDate\": \"2025-06-24\"", "\"startDate\": \"next Tuesday\""));
        var textForNumber = api().post("api/v1/cohorts", cohortJson(programme, "Wrong id", "2025-06-24", "2025-06-26")
                .replace("\"programmeId\": " + id(programme), "\"programmeId\": \"abc\""));

        assertProblem(reply, 400);
        assertProblem(textForNumber, 400);
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void missing_required_fields_are_listed_as_violations_and_store_nothing() {
        var before = cohortCount();

        var reply = api().post("api/v1/cohorts", "{\"name\": \"\", \"countryCode\": \"PA\"}");

        assertValidationProblem(reply, "programmeId", "name", "city", "startDate", "endDate");
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void an_unknown_enum_value_is_a_400_problem_and_stores_nothing() {
        var delegation = delegation(cohort(programme(), "2025-06-24", "2025-06-26"), "PA");

        var reply = api().post("api/v1/delegations/" + id(delegation) + "/participants",
                participantJson("Ana", "Ríos", "MEMBER").replace("\"GOVERNMENT\"", "\"GOVERNMENTAL\""));

        assertProblem(reply, 400);
        assertThat(api().get("api/v1/delegations/" + id(delegation) + "/participants").totalCount()).isEqualTo("0");
    }

    @Test
    void an_unknown_country_or_time_zone_is_a_400_problem_and_stores_nothing() {
        var programme = programme();
        var before = cohortCount();

        var country = api().post("api/v1/cohorts", cohortJson(programme, "Atlantis", "2025-06-24", "2025-06-26")
                .replace("\"PA\"", "\"XX\""));
        var zone = api().post("api/v1/cohorts", cohortJson(programme, "Nowhere", "2025-06-24", "2025-06-26")
                .replace("America/Panama", "America/Atlantis"));

        assertProblem(country, 400);
        assertProblem(zone, 400);
        assertThat(cohortCount()).isEqualTo(before);
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        assertProblem(api().get("api/v1/cohorts/987654321"), 404);
        assertProblem(api().get("api/v1/delegations/987654321"), 404);
        assertProblem(api().get("api/v1/participants/987654321"), 404);
        assertProblem(api().get("api/v1/sessions/987654321/attendance"), 404);
        assertProblem(api().get("api/v1/countries/XX"), 404);
    }

    @Test
    void a_page_size_out_of_range_is_a_400_problem() {
        assertProblem(api().get("api/v1/cohorts?size=0"), 400);
    }

    // curriculum and countries ---------------------------------------------------------------------------

    @Test
    void modules_are_listed_per_programme_in_display_order() {
        var programme = programme();
        module(programme, "LOCALIZATION", 2);
        module(programme, "THEORY_OF_CHANGE", 1);
        module(programme(), "OTHER_PROGRAMME", 0);

        var reply = api().get("api/v1/modules?programmeId=" + id(programme));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.totalCount()).isEqualTo("2");
        assertThat(reply.array().stream().map(m -> m.asJsonObject().getString("code")))
                .containsExactly("THEORY_OF_CHANGE", "LOCALIZATION");
        var title = reply.array().getJsonObject(0).getJsonObject("title");
        assertThat(title.getString("es")).isEqualTo("Módulo THEORY_OF_CHANGE");
    }

    @Test
    void the_countries_are_listed_with_their_spanish_names() {
        var reply = api().get("api/v1/countries");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array()).hasSize(35);
        var panama = reply.array().stream().map(c -> c.asJsonObject()).filter(c -> c.getString("code").equals("PA"))
                .findFirst().orElseThrow();
        assertThat(panama.getJsonObject("name").getString("es")).isEqualTo("Panamá");
        assertThat(panama.getString("iso3")).isEqualTo("PAN");
        assertThat(reply.array().getJsonObject(0).getJsonObject("name").getString("en")).isEqualTo("Antigua and Barbuda");
    }

    @Test
    void a_nap_event_is_recorded_in_the_country_history() {
        var recorded = api().post("api/v1/countries/BZ/nap-events", """
                {"type": "DRAFTING", "generation": 1, "year": 2025, "note": "Consultations started"}""");

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        var belize = api().get("api/v1/countries/bz").object();
        assertThat(belize.getJsonArray("napEvents").stream().map(e -> e.asJsonObject().getString("note", "")))
                .contains("Consultations started");
    }

    @Test
    void the_openapi_document_describes_the_endpoints() {
        var openapi = api().get(api().base().resolve("/openapi").toString());

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/cohorts/{id}/delegations", "/api/v1/sessions/{id}/attendance",
                "/api/v1/countries/{code}/nap-events", "/api/v1/participants/{id}", "/api/v1/modules/{id}");
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

    private JsonObject delegation(JsonObject cohort, String countryCode) {
        var reply = api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"" + countryCode + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String participantJson(String given, String family, String role) {
        return """
                {"givenName": "%s", "familyName": "%s", "email": "%s.%s@example.org", "institutionName": "Ministry of Foreign Affairs",
                 "institutionType": "GOVERNMENT", "position": "Director", "sex": "FEMALE", "role": "%s",
                 "consentToBeListed": true, "language": "es"}""".formatted(given, family, given.toLowerCase(),
                family.toLowerCase().replace("í", "i"), role);
    }

    private JsonObject participant(JsonObject delegation, String given, String family) {
        var reply = api().post("api/v1/delegations/" + id(delegation) + "/participants", participantJson(given, family, "MEMBER"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private JsonObject module(JsonObject programme, String code) {
        return module(programme, code, 1);
    }

    private JsonObject module(JsonObject programme, String code, int displayOrder) {
        var reply = api().post("api/v1/modules", """
                {"programmeId": %d, "code": "%s", "title": {"en": "Module %s", "es": "Módulo %s"},
                 "durationMinutes": 180, "displayOrder": %d}""".formatted(id(programme), code, code, code, displayOrder));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String sessionJson(JsonObject module, String start, String end) {
        return """
                {"moduleId": %d, "startsAt": "%s", "endsAt": "%s", "room": "Salón Bolívar", "trainers": ["trainer.ana"]}"""
                .formatted(id(module), start, end);
    }

    private JsonObject session(JsonObject cohort, JsonObject module) {
        var reply = api().post("api/v1/cohorts/" + id(cohort) + "/sessions", sessionJson(module, "2025-06-25T09:00", "2025-06-25T12:00"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private long cohortCount() {
        return Long.parseLong(api().get("api/v1/cohorts?size=1").totalCount());
    }

    private static void assertValidationProblem(Api.Reply reply, String... fields) {
        assertProblem(reply, 400);
        var violations = reply.object().getJsonArray("violations");
        assertThat(violations).as(reply.toString()).isNotNull();
        assertThat(violations.stream().map(v -> v.asJsonObject().getString("field"))).contains(fields);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.object().getInt("status")).isEqualTo(status);
    }
}
