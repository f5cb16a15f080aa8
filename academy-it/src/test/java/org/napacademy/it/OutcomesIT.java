package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After training, on the demo academy: the reporting calendar, the check-in review workflow and the
 * outcome figures, each figure checked against the same number worked out by hand in the test from the
 * API's own plain reads (participants, attendance, feedback, roadmaps). The demo programme reports every
 * six months for a year after each cohort, a month's grace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutcomesIT {
    private static final String PROBLEM = "application/problem+json";
    private static final String PANAMA_CITY = "2025 Panama City";
    private static final String PORT_OF_SPAIN = "2024 Port of Spain";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    // calendar -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void the_demo_programme_reports_every_six_months_and_a_bad_calendar_is_refused_without_a_trace() {
        var programmeId = cohort(PANAMA_CITY).getJsonNumber("programmeId").longValue();
        var calendar = api().get("api/v1/programmes/" + programmeId + "/reporting-calendar");
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        assertThat(calendar.object().getInt("intervalMonths")).isEqualTo(6);
        assertThat(calendar.object().getInt("months")).isEqualTo(12);
        assertThat(calendar.object().getInt("graceDays")).isEqualTo(30);

        var tooLong = api().put("api/v1/programmes/" + programmeId + "/reporting-calendar", """
                {"intervalMonths": 12, "months": 6}""", null);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith(PROBLEM);
        var outOfRange = api().put("api/v1/programmes/" + programmeId + "/reporting-calendar", """
                {"intervalMonths": 0, "months": 12, "graceDays": 30}""", null);
        assertThat(outOfRange.status()).as(outOfRange.toString()).isEqualTo(400);
        var stale = api().put("api/v1/programmes/" + programmeId + "/reporting-calendar", """
                {"intervalMonths": 3, "months": 12}""", "\"999\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(api().get("api/v1/programmes/" + programmeId + "/reporting-calendar").object().getInt("intervalMonths")).isEqualTo(6);

        var unknown = api().get("api/v1/programmes/987654321/reporting-calendar");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
    }

    @Test
    @Order(2)
    void a_delegation_sees_its_periods_after_the_cohort() {
        var panama = delegation(cohort(PANAMA_CITY), "PA");
        var periods = api().get("api/v1/delegations/" + id(panama) + "/reporting-periods").array();
        assertThat(periods).hasSize(2);
        var first = periods.getJsonObject(0);
        assertThat(first.getString("startDate")).isEqualTo("2025-07-01");
        assertThat(first.getString("endDate")).isEqualTo("2025-12-31");
        assertThat(first.getString("dueOn")).isEqualTo("2026-01-30");
        assertThat(periods.getJsonObject(1).getString("startDate")).isEqualTo("2026-01-01");
        assertThat(periods.getJsonObject(1).getString("endDate")).isEqualTo("2026-06-30");
        for (var period : periods.getValuesAs(JsonObject.class)) {
            assertThat(period.getString("state")).isIn("UPCOMING", "DUE", "OVERDUE");
            assertThat(period.getBoolean("noUpdate")).isEqualTo(period.getString("state").equals("OVERDUE"));
        }
        var costaRica = api().get("api/v1/delegations/" + id(delegation(cohort(PANAMA_CITY), "CR")) + "/reporting-periods").array();
        assertThat(costaRica.getJsonObject(0).getString("state")).as("the demo report awaits review").isEqualTo("SUBMITTED");
        assertThat(api().get("api/v1/delegations/987654321/reporting-periods").status()).isEqualTo(404);
    }

    // outcomes against hand counts ------------------------------------------------------------------------

    @Test
    @Order(3)
    void the_outcomes_of_a_cohort_match_the_figures_counted_by_hand() {
        var cohort = cohort(PANAMA_CITY);
        var delegations = api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array().getValuesAs(JsonObject.class);
        var bySex = new TreeMap<String, Integer>();
        var byType = new TreeMap<String, Integer>();
        int participants = 0;
        for (var delegation : delegations) {
            var members = api().get("api/v1/delegations/" + id(delegation) + "/participants?size=100").array().getValuesAs(JsonObject.class);
            participants += members.size();
            members.forEach(p -> {
                bySex.merge(p.getString("sex"), 1, Integer::sum);
                byType.merge(p.getString("institutionType"), 1, Integer::sum);
            });
        }
        int present = 0;
        int taken = 0;
        int ratings = 0;
        int ratingSum = 0;
        for (var session : api().get("api/v1/cohorts/" + id(cohort) + "/sessions").array().getValuesAs(JsonObject.class)) {
            var attendance = api().get("api/v1/sessions/" + id(session) + "/attendance").array().getValuesAs(JsonObject.class);
            if (!attendance.isEmpty()) taken++;
            present += (int) attendance.stream().filter(a -> a.getString("status").equals("PRESENT")).count();
            for (var feedback : api().get("api/v1/sessions/" + id(session) + "/feedback?size=100").array().getValuesAs(JsonObject.class)) {
                ratings++;
                ratingSum += feedback.getInt("rating");
            }
        }

        var outcomes = outcomes(cohort);

        assertThat(outcomes.getString("name")).isEqualTo(PANAMA_CITY);
        var training = outcomes.getJsonObject("training");
        assertThat(training.getInt("participants")).isEqualTo(participants).isPositive();
        bySex.forEach((sex, count) -> assertThat(training.getJsonObject("bySex").getInt(sex)).as(sex).isEqualTo(count));
        byType.forEach((type, count) -> assertThat(training.getJsonObject("byInstitutionType").getInt(type)).as(type).isEqualTo(count));
        assertThat(training.getJsonObject("bySex").values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum())
                .isEqualTo(participants);
        assertThat(training.getInt("sessionsTaken")).isEqualTo(taken).isPositive();
        assertThat(training.getInt("presences")).isEqualTo(present);
        assertThat(training.getJsonNumber("attendanceRate").bigDecimalValue())
                .isEqualByComparingTo(ratio(present, (long) participants * taken));
        assertThat(training.getInt("feedbackCount")).isEqualTo(ratings);
        if (ratings > 0)
            assertThat(training.getJsonNumber("averageRating").bigDecimalValue()).isEqualByComparingTo(ratio(ratingSum, ratings));
        assertThat(outcomes.toString()).as("no personal data").doesNotContain("@").doesNotContain("givenName").doesNotContain("email");

        for (var delegation : delegations) {
            var own = delegationOutcome(outcomes, delegation.getString("countryCode"));
            assertThat(own.getInt("participants")).isEqualTo(delegation.getInt("participantCount"));
            var roadmap = api().get("api/v1/roadmaps/" + delegation.getJsonNumber("roadmapId").longValue()).object();
            assertThat(own.getJsonNumber("roadmapId").longValue()).isEqualTo(id(roadmap));
            assertThat(own.getString("roadmapStatus")).isEqualTo(roadmap.getString("status"));
            assertThat(own.getString("status")).isEqualTo(roadmap.getString("rolledUpStatus"));
            assertThat(own.getJsonObject("progress")).isEqualTo(roadmap.getJsonObject("progress"));
            assertBudgetCountedByHand(own, roadmap);
        }
    }

    @Test
    @Order(4)
    void trinidad_and_tobagos_nap_was_adopted_after_the_port_of_spain_cohort_and_cohorts_compare_side_by_side() {
        var programmeId = cohort(PORT_OF_SPAIN).getJsonNumber("programmeId").longValue();
        var reply = api().get("api/v1/programmes/" + programmeId + "/outcomes");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var cohorts = reply.object().getJsonArray("cohorts").getValuesAs(JsonObject.class);
        assertThat(cohorts).extracting(c -> c.getString("name")).containsExactly(PORT_OF_SPAIN, PANAMA_CITY);
        var trinidad = delegationOutcome(cohorts.get(0), "TT");
        assertThat(trinidad.getString("napAtStart")).isEqualTo("NONE");
        assertThat(trinidad.getString("napNow")).isEqualTo("ADOPTED");
        assertThat(cohorts.get(0).getInt("napStatusChanges")).isPositive();
        var guyana = delegationOutcome(cohorts.get(0), "GY");
        assertThat(guyana.getJsonObject("checkIns").getInt("ACCEPTED")).as("the demo's accepted Guyana report").isEqualTo(1);
        assertThat(guyana.getInt("assistanceRequests")).isGreaterThanOrEqualTo(guyana.getInt("assistanceAnswered"));
        assertThat(api().get("api/v1/programmes/987654321/outcomes").status()).isEqualTo(404);
        assertThat(api().get("api/v1/cohorts/987654321/outcomes").status()).isEqualTo(404);
    }

    // the check-in workflow ----------------------------------------------------------------------------------

    @Test
    @Order(5)
    void a_check_in_is_submitted_returned_resubmitted_accepted_then_its_period_is_locked_and_the_outcomes_move() {
        var cohort = cohort(PANAMA_CITY);
        var panama = delegation(cohort, "PA");
        var roadmapId = panama.getJsonNumber("roadmapId").longValue();
        var before = delegationOutcome(outcomes(cohort), "PA");
        var period = api().get("api/v1/delegations/" + id(panama) + "/reporting-periods").array().getJsonObject(0);
        var activity = api().get("api/v1/roadmaps/" + roadmapId + "/progress").object().getJsonArray("nodes").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("level").equals("ACTIVITY"))
                .filter(n -> !List.of("DONE", "CANCELLED").contains(n.getString("rolledUpStatus")))
                .findFirst().orElseThrow();

        var draft = api().post("api/v1/delegations/" + id(panama) + "/progress-reports", """
                {"periodStart": "%s", "periodEnd": "%s", "achievements": "The inter-institutional committee met twice.",
                 "statusChanges": [{"nodeId": %d, "to": "DONE"}]}""".formatted(period.getString("startDate"), period.getString("endDate"), id(activity)));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        var reportId = id(draft.object());
        assertThat(submit(reportId).status()).isEqualTo(200);
        assertThat(stateOfFirstPeriod(panama)).isEqualTo("SUBMITTED");

        var returned = review(reportId, """
                {"decision": "RETURNED", "comment": "Please link the committee's minutes."}""");
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("reviewComment")).isEqualTo("Please link the committee's minutes.");
        assertThat(stateOfFirstPeriod(panama)).isEqualTo("RETURNED");

        var current = api().get("api/v1/progress-reports/" + reportId);
        var revised = api().put("api/v1/progress-reports/" + reportId, """
                {"achievements": "The inter-institutional committee met twice.", "evidenceLinks": ["https://example.org/minutes"]}""",
                current.etag());
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(submit(reportId).status()).isEqualTo(200);
        var accepted = review(reportId, """
                {"decision": "ACCEPTED"}""");
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("reviewer")).isEqualTo("trainer");
        assertThat(accepted.containsKey("reviewedAt")).isTrue();

        var periods = api().get("api/v1/delegations/" + id(panama) + "/reporting-periods").array();
        assertThat(periods.getJsonObject(0).getString("state")).isEqualTo("ACCEPTED");
        assertThat(periods.getJsonObject(0).getBoolean("locked")).isTrue();
        assertThat(periods.getJsonObject(0).getJsonNumber("reportId").longValue()).isEqualTo(reportId);

        var reportsBefore = api().get("api/v1/delegations/" + id(panama) + "/progress-reports").totalCount();
        var late = api().post("api/v1/delegations/" + id(panama) + "/progress-reports", """
                {"periodStart": "%s", "periodEnd": "%s", "achievements": "One more thing."}""".formatted(period.getString("startDate"), period.getString("endDate")));
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.contentType()).startsWith(PROBLEM);
        assertThat(late.object().getString("detail")).contains("locked");
        assertThat(api().get("api/v1/delegations/" + id(panama) + "/progress-reports").totalCount()).isEqualTo(reportsBefore);

        var after = delegationOutcome(outcomes(cohort), "PA");
        assertThat(after.getJsonObject("checkIns").getInt("ACCEPTED")).isEqualTo(before.getJsonObject("checkIns").getInt("ACCEPTED") + 1);
        assertThat(after.getJsonObject("progress").getInt("activitiesDone"))
                .isEqualTo(before.getJsonObject("progress").getInt("activitiesDone") + 1);
        var standing = api().get("api/v1/roadmaps/" + roadmapId + "/progress").object();
        assertThat(standing.getJsonObject("progress")).isEqualTo(after.getJsonObject("progress"));
        assertThat(standing.getBoolean("noUpdate")).isEqualTo(after.getBoolean("noUpdate"));
        assertThat(standing.getJsonArray("reportingPeriods").getJsonObject(0).getString("state")).isEqualTo("ACCEPTED");
    }

    // helpers ----------------------------------------------------------------------------------------------

    private void assertBudgetCountedByHand(JsonObject own, JsonObject roadmap) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>();
        var nodes = new ArrayList<JsonObject>(roadmap.getJsonArray("nodes").getValuesAs(JsonObject.class));
        while (!nodes.isEmpty()) {
            var node = nodes.remove(0);
            nodes.addAll(node.getJsonArray("children").getValuesAs(JsonObject.class));
            for (var line : node.getJsonArray("budgetLines").getValuesAs(JsonObject.class)) {
                var sums = byCurrency.computeIfAbsent(line.getString("currency"), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                var amount = line.getJsonNumber("amount").bigDecimalValue();
                sums[0] = sums[0].add(amount);
                if (!line.getString("genderMarker").equals("NOT_TARGETED")) sums[1] = sums[1].add(amount);
            }
        }
        var budget = own.getJsonArray("budget").getValuesAs(JsonObject.class);
        assertThat(budget).extracting(b -> b.getString("currency")).containsExactlyElementsOf(byCurrency.keySet());
        for (var line : budget) {
            var sums = byCurrency.get(line.getString("currency"));
            assertThat(line.getJsonNumber("planned").bigDecimalValue()).isEqualByComparingTo(sums[0]);
            assertThat(line.getJsonNumber("genderResponsive").bigDecimalValue()).isEqualByComparingTo(sums[1]);
            assertThat(line.getJsonNumber("genderResponsiveShare").bigDecimalValue())
                    .isEqualByComparingTo(sums[1].divide(sums[0], 4, RoundingMode.HALF_UP));
        }
    }

    private String stateOfFirstPeriod(JsonObject delegation) {
        return api().get("api/v1/delegations/" + id(delegation) + "/reporting-periods").array().getJsonObject(0).getString("state");
    }

    private Api.Reply submit(long reportId) {
        var reply = api().post("api/v1/progress-reports/" + reportId + "/submission", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    /** As the cohort's trainer, who is then the reviewer on record. */
    private JsonObject review(long reportId, String body) {
        var reply = api().as("trainer").post("api/v1/progress-reports/" + reportId + "/review", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /**
     * The roadmap figures behind the outcomes are kept per revision of each roadmap (issue 10): a change of a roadmap shows in
     * the next answer, never a figure older than the database.
     */
    @Test
    @Order(7)
    void an_activity_marked_done_shows_in_the_next_outcomes_at_once() {
        var cohort = cohort(PANAMA_CITY);
        var delegation = api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array().getValuesAs(JsonObject.class).get(0);
        var roadmapId = delegation.getJsonNumber("roadmapId").longValue();
        var before = delegationOutcome(outcomes(cohort), delegation.getString("countryCode")).getJsonObject("progress");
        var open = activities(api().get("api/v1/roadmaps/" + roadmapId).object().getJsonArray("nodes")).stream()
                .filter(activity -> !activity.getString("status").equals("DONE") && !activity.getString("status").equals("CANCELLED"))
                .findFirst().orElseThrow();

        var done = api().put("api/v1/nodes/" + id(open), """
                {"title": %s, "startDate": "%s", "endDate": "%s", "status": "DONE", "version": %d}""".formatted(
                jakarta.json.Json.createValue(open.getString("title")), open.getString("startDate"), open.getString("endDate"),
                open.getJsonNumber("version").longValue()), null);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        var after = delegationOutcome(outcomes(cohort), delegation.getString("countryCode")).getJsonObject("progress");
        assertThat(after.getInt("activitiesDone")).isEqualTo(before.getInt("activitiesDone") + 1);
        assertThat(after).isEqualTo(api().get("api/v1/roadmaps/" + roadmapId).object().getJsonObject("progress"));
    }

    /** The ACTIVITY nodes of a roadmap document's tree. */
    private static List<JsonObject> activities(jakarta.json.JsonArray nodes) {
        var found = new ArrayList<JsonObject>();
        for (var node : nodes.getValuesAs(JsonObject.class)) {
            if (node.getString("level").equals("ACTIVITY")) found.add(node);
            found.addAll(activities(node.getJsonArray("children")));
        }
        return found;
    }

    private JsonObject outcomes(JsonObject cohort) {
        var reply = api().get("api/v1/cohorts/" + id(cohort) + "/outcomes");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject delegationOutcome(JsonObject outcomes, String countryCode) {
        return outcomes.getJsonArray("delegations").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("countryCode").equals(countryCode)).findFirst().orElseThrow();
    }

    private JsonObject cohort(String name) {
        return api().get("api/v1/cohorts?size=100").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private JsonObject delegation(JsonObject cohort, String countryCode) {
        return api().get("api/v1/cohorts/" + id(cohort) + "/delegations").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("countryCode").equals(countryCode)).findFirst().orElseThrow();
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private Api api() {
        return new Api(base);
    }
}
