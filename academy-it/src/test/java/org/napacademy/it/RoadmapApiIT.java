package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
 * The REST contract of roadmaps (tree, nodes, budgets), indicators, periods, measurements, progress
 * reports and accompaniment, over real HTTP against the war as built on a real Payara Micro. Every test
 * builds its own cohort and delegation, whose roadmap starts as an empty draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoadmapApiIT {
    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    // the tree -------------------------------------------------------------------------------------------

    @Test
    void a_roadmap_is_built_through_the_api_and_read_whole_in_one_request() {
        var delegation = delegation();
        var roadmapId = roadmapId(delegation);
        var goal = node(roadmapId, null, "GOAL", "Women shape security policy", "2025-01-01", "2027-12-31");
        var outcome = node(roadmapId, id(goal), "OUTCOME", "More women negotiators", "2025-01-01", "2026-12-31");
        var output = node(roadmapId, id(outcome), "OUTPUT", "Negotiators trained", "2025-01-01", "2025-12-31");
        var activity = node(roadmapId, id(output), "ACTIVITY", "Run two trainings", "2025-03-01", "2025-06-30");
        var budget = api().put("api/v1/nodes/" + id(activity) + "/budget-lines", """
                {"lines": [{"amount": 12500.50, "currency": "USD", "fundingSource": "UN Women", "genderMarker": "PRINCIPAL"}]}""",
                activity.getJsonNumber("version").toString());
        assertThat(budget.status()).as(budget.toString()).isEqualTo(200);

        var indicator = created(api().post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Share of women among negotiators", "unit": "PERCENT", "ascending": true,
                 "baselineValue": 10, "baselineDate": "2024-12-31", "meansOfVerification": "Ministry records",
                 "disaggregatedBySex": true, "referenceFramework": "SDG", "referenceCode": "5.c.1"}"""));
        assertThat(indicator.getBoolean("disaggregatedBySex")).isTrue();
        var period = created(api().post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2025-01-01", "endDate": "2025-12-31", "targets": [{"value": 30}, {"value": 30, "sex": "FEMALE"}]}"""));
        assertThat(period.getJsonArray("targets")).hasSize(2);
        created(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 15, "sex": "FEMALE", "asOf": "2025-03-31"}"""));
        var actual = created(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 20, "sex": "FEMALE", "asOf": "2025-06-30", "comment": "Mid-year count",
                 "evidenceLink": "https://example.org/count"}"""));
        created(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 20, "asOf": "2025-06-30"}"""));

        var reply = api().get("api/v1/roadmaps/" + roadmapId);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.etag()).isNotNull();
        var roadmap = reply.object();
        assertThat(roadmap.getJsonNumber("delegationId").longValue()).isEqualTo(id(delegation));
        assertThat(roadmap.getString("countryCode")).isEqualTo("CR");
        assertThat(roadmap.getString("status")).isEqualTo("DRAFT");
        assertThat(roadmap.getJsonObject("progress").getInt("activities")).isEqualTo(1);
        assertThat(roadmap.getJsonObject("progress").getInt("indicators")).isEqualTo(1);
        var readGoal = roadmap.getJsonArray("nodes").getJsonObject(0);
        assertThat(readGoal.getString("level")).isEqualTo("GOAL");
        var readOutcome = readGoal.getJsonArray("children").getJsonObject(0);
        assertThat(readOutcome.getString("level")).isEqualTo("OUTCOME");
        var readOutput = readOutcome.getJsonArray("children").getJsonObject(0);
        assertThat(readOutput.getString("level")).isEqualTo("OUTPUT");
        var readActivity = readOutput.getJsonArray("children").getJsonObject(0);
        assertThat(readActivity.getString("title")).isEqualTo("Run two trainings");
        assertThat(readActivity.getJsonArray("budgetLines").getJsonObject(0).getString("currency")).isEqualTo("USD");
        assertThat(readActivity.getJsonArray("children")).isEmpty();
        var readIndicator = readOutcome.getJsonArray("indicators").getJsonObject(0);
        assertThat(readIndicator.getJsonObject("reference").getString("code")).isEqualTo("5.c.1");
        assertThat(number(readIndicator, "baselineValue")).isEqualByComparingTo("10");
        var readPeriod = readIndicator.getJsonArray("periods").getJsonObject(0);
        assertThat(readPeriod.containsKey("actuals")).as("the history of actuals stays under /periods/{id}").isFalse();
        assertThat(readPeriod.getJsonArray("latestActuals")).hasSize(2);
        var femaleActual = readPeriod.getJsonArray("latestActuals").stream().map(a -> a.asJsonObject())
                .filter(a -> a.containsKey("sex")).findFirst().orElseThrow();
        assertThat(femaleActual.getJsonNumber("id").longValue()).isEqualTo(id(actual));
        assertThat(femaleActual.getString("sex")).isEqualTo("FEMALE");
        assertThat(number(femaleActual, "value")).isEqualByComparingTo("20");
        assertThat(femaleActual.getString("evidenceLink")).isEqualTo("https://example.org/count");
        assertThat(number(readPeriod.getJsonObject("achievement"), "ratio")).isEqualByComparingTo("0.5");
        assertThat(number(readIndicator.getJsonObject("latestAchievement"), "ratio")).isEqualByComparingTo("0.5");
        var wholePeriod = api().get("api/v1/periods/" + id(period)).object();
        assertThat(wholePeriod.getJsonArray("actuals")).hasSize(3);
        assertThat(wholePeriod.getJsonArray("latestActuals")).isEqualTo(readPeriod.getJsonArray("latestActuals"));

        var viaDelegation = api().get("api/v1/delegations/" + id(delegation) + "/roadmap");
        assertThat(viaDelegation.status()).isEqualTo(200);
        assertThat(viaDelegation.object()).isEqualTo(roadmap);
    }

    @Test
    void the_roadmap_list_shows_each_user_the_roadmaps_they_may_read_searched_filtered_and_sorted() {
        var ecuador = api().get("api/v1/roadmaps?q=ecuador");
        assertThat(ecuador.status()).as(ecuador.toString()).isEqualTo(200);
        assertThat(ecuador.array()).isNotEmpty().allSatisfy(r -> assertThat(r.asJsonObject().getString("countryCode")).isEqualTo("EC"));
        assertThat(ecuador.array().getJsonObject(0).getJsonObject("progress").getInt("activities")).isPositive();

        var byCountry = api().get("api/v1/roadmaps?sort=country&size=100").array();
        // a gathering's shared roadmap has no country
        var codes = byCountry.stream().map(r -> r.asJsonObject()).filter(r -> r.containsKey("countryCode"))
                .map(r -> r.getString("countryCode")).toList();
        assertThat(codes).isSorted();
        // a sponsor reads only endorsed roadmaps of their programmes; a delegate their own and those shared with them
        assertThat(api().as("sponsor").get("api/v1/roadmaps?size=100").array())
                .allSatisfy(r -> assertThat(r.asJsonObject().getString("status")).isEqualTo("ENDORSED"));
        assertThat(api().as("sponsor").get("api/v1/roadmaps?status=DRAFT").array()).isEmpty();
        assertThat(api().as("delegate.tt").get("api/v1/roadmaps?size=100").array().stream()
                .map(r -> r.asJsonObject().getString("countryCode"))).contains("TT").doesNotContain("EC");
        assertThat(api().get("api/v1/roadmaps?status=LOST").status()).isEqualTo(400);
        assertThat(api().get("api/v1/roadmaps?sort=budget").status()).isEqualTo(400);
    }

    @Test
    void the_flat_node_list_is_in_tree_order_with_parent_ids_and_paged() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2027-12-31");
        var first = node(roadmapId, id(goal), "OUTCOME", "First outcome", "2025-01-01", "2025-12-31");
        node(roadmapId, id(goal), "OUTCOME", "Second outcome", "2026-01-01", "2026-12-31");
        node(roadmapId, id(first), "OUTPUT", "Output of the first", "2025-01-01", "2025-06-30");

        var page = api().get("api/v1/roadmaps/" + roadmapId + "/nodes?page=0&size=3");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.totalCount()).isEqualTo("4");
        assertThat(page.array().stream().map(n -> n.asJsonObject().getString("title")))
                .containsExactly("Goal", "First outcome", "Output of the first");
        assertThat(page.array().getJsonObject(2).getJsonNumber("parentId").longValue()).isEqualTo(id(first));
    }

    @Test
    void an_outcome_under_an_output_is_refused_and_nothing_is_stored() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2027-12-31");
        var outcome = node(roadmapId, id(goal), "OUTCOME", "Outcome", "2025-01-01", "2026-12-31");
        var output = node(roadmapId, id(outcome), "OUTPUT", "Output", "2025-01-01", "2025-12-31");

        var reply = api().post("api/v1/roadmaps/" + roadmapId + "/nodes", nodeJson(id(output), "OUTCOME", "Wrong", "2025-01-01", "2025-06-30"));

        assertProblem(reply, 422);
        assertThat(reply.object().getString("detail")).contains("OUTPUT cannot contain a OUTCOME");
        assertThat(nodeCount(roadmapId)).isEqualTo(3);
    }

    @Test
    void a_child_outside_its_parents_dates_is_refused() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");

        var reply = api().post("api/v1/roadmaps/" + roadmapId + "/nodes", nodeJson(id(goal), "OUTCOME", "Too long", "2025-06-01", "2026-06-30"));

        assertProblem(reply, 422);
        assertThat(nodeCount(roadmapId)).isEqualTo(1);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Original title", "2025-01-01", "2025-12-31");
        var oldEtag = "\"" + goal.getJsonNumber("version") + "\"";
        var first = api().put("api/v1/nodes/" + id(goal), updateJson("First edit"), oldEtag);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.etag()).isNotEqualTo(oldEtag);

        var stale = api().put("api/v1/nodes/" + id(goal), updateJson("Stale edit"), oldEtag);

        assertProblem(stale, 412);
        assertThat(api().get("api/v1/nodes/" + id(goal)).object().getString("title")).isEqualTo("First edit");
    }

    @Test
    void an_update_without_a_version_is_refused_with_428() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");

        assertProblem(api().put("api/v1/nodes/" + id(goal), updateJson("Blind edit"), null), 428);
        assertProblem(api().delete("api/v1/nodes/" + id(goal), null), 428);
        assertThat(api().get("api/v1/nodes/" + id(goal)).object().getString("title")).isEqualTo("Goal");
    }

    @Test
    void a_node_moves_with_its_subtree_under_another_parent() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2027-12-31");
        var from = node(roadmapId, id(goal), "OUTCOME", "From", "2025-01-01", "2025-12-31");
        var to = node(roadmapId, id(goal), "OUTCOME", "To", "2025-01-01", "2026-12-31");
        var later = node(roadmapId, id(goal), "OUTCOME", "Later", "2027-01-01", "2027-12-31");
        var output = node(roadmapId, id(from), "OUTPUT", "Moving output", "2025-01-01", "2025-06-30");
        node(roadmapId, id(output), "ACTIVITY", "Its activity", "2025-02-01", "2025-03-31");

        assertProblem(move(output, later, ""), 422);
        assertProblem(move(output, later, "\"startDate\": \"2027-01-01\", \"endDate\": \"2027-06-30\","), 422);
        var moved = move(output, to, "\"startDate\": \"2025-01-01\", \"endDate\": \"2025-09-30\",");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.object().getJsonNumber("parentId").longValue()).isEqualTo(id(to));
        var tree = api().get("api/v1/roadmaps/" + roadmapId).object().getJsonArray("nodes").getJsonObject(0).getJsonArray("children");
        assertThat(tree.getJsonObject(0).getJsonArray("children")).isEmpty();
        var movedOutput = tree.getJsonObject(1).getJsonArray("children").getJsonObject(0);
        assertThat(movedOutput.getString("title")).isEqualTo("Moving output");
        assertThat(movedOutput.getString("endDate")).isEqualTo("2025-09-30");
        assertThat(movedOutput.getJsonArray("children").getJsonObject(0).getString("title")).isEqualTo("Its activity");
    }

    private Api.Reply move(JsonObject node, JsonObject newParent, String schedule) {
        return api().post("api/v1/nodes/" + id(node) + "/move", """
                {"newParentId": %d, %s "version": %d}""".formatted(id(newParent), schedule, node.getInt("version")));
    }

    @Test
    void a_node_is_deleted_with_its_subtree() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2027-12-31");
        var outcome = node(roadmapId, id(goal), "OUTCOME", "Doomed outcome", "2025-01-01", "2025-12-31");
        var output = node(roadmapId, id(outcome), "OUTPUT", "Doomed output", "2025-01-01", "2025-06-30");
        created(api().post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Laws passed", "unit": "NUMBER", "ascending": true, "baselineValue": 0}"""));
        var kept = node(roadmapId, id(goal), "OUTCOME", "Kept outcome", "2026-01-01", "2026-12-31");

        var deleted = api().delete("api/v1/nodes/" + id(outcome), "\"" + outcome.getJsonNumber("version") + "\"");

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertProblem(api().get("api/v1/nodes/" + id(outcome)), 404);
        assertProblem(api().get("api/v1/nodes/" + id(output)), 404);
        var children = api().get("api/v1/roadmaps/" + roadmapId).object().getJsonArray("nodes").getJsonObject(0).getJsonArray("children");
        assertThat(children).hasSize(1);
        assertThat(children.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id(kept));
    }

    @Test
    void the_roadmap_is_retitled_submitted_endorsed_and_reopened_and_illegal_moves_are_refused() {
        var roadmapId = roadmapId(delegation());
        assertProblem(status(roadmapId, "SUBMITTED"), 422);
        node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var current = api().get("api/v1/roadmaps/" + roadmapId);
        var retitled = api().put("api/v1/roadmaps/" + roadmapId, """
                {"title": "Costa Rica's second NAP"}""", current.etag());
        assertThat(retitled.status()).as(retitled.toString()).isEqualTo(200);
        assertThat(retitled.object().getString("title")).isEqualTo("Costa Rica's second NAP");

        assertThat(status(roadmapId, "SUBMITTED").object().getString("status")).isEqualTo("SUBMITTED");
        assertProblem(api().post("api/v1/roadmaps/" + roadmapId + "/nodes", nodeJson(null, "GOAL", "Late goal", "2025-01-01", "2025-12-31")), 422);
        assertThat(status(roadmapId, "ENDORSED").object().getString("status")).isEqualTo("ENDORSED");
        assertProblem(status(roadmapId, "SUBMITTED"), 422);
        assertThat(status(roadmapId, "DRAFT").object().getString("status")).isEqualTo("DRAFT");
    }

    // bad input ------------------------------------------------------------------------------------------

    @Test
    void malformed_json_is_answered_with_a_400_problem_and_stores_nothing() {
        var roadmapId = roadmapId(delegation());

        var reply = api().post("api/v1/roadmaps/" + roadmapId + "/nodes", "{\"level\": \"GOAL\", \"title\": ");

        assertProblem(reply, 400);
        assertProblem(api().post("api/v1/roadmaps/" + roadmapId + "/nodes", """
                {"level": "SUMMIT", "title": "Unknown level", "startDate": "2025-01-01", "endDate": "2025-12-31", "tag": "PREVENTION"}"""), 400);
        assertThat(nodeCount(roadmapId)).isZero();
    }

    @Test
    void validation_failures_are_answered_with_a_400_problem_naming_the_fields_and_store_nothing() {
        var roadmapId = roadmapId(delegation());

        var reply = api().post("api/v1/roadmaps/" + roadmapId + "/nodes", """
                {"level": "GOAL", "title": " ", "tag": "PREVENTION", "endDate": "2025-12-31"}""");

        assertProblem(reply, 400);
        assertThat(reply.object().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")))
                .contains("title", "startDate");
        assertProblem(api().post("api/v1/roadmaps/" + roadmapId + "/nodes",
                nodeJson(null, "GOAL", "Ends before it starts", "2025-12-31", "2025-01-01")), 400);
        assertThat(nodeCount(roadmapId)).isZero();
    }

    @Test
    void unknown_ids_are_answered_with_a_404_problem() {
        assertProblem(api().get("api/v1/roadmaps/999999999"), 404);
        assertProblem(api().get("api/v1/nodes/999999999"), 404);
        assertProblem(api().get("api/v1/indicators/999999999"), 404);
        assertProblem(api().get("api/v1/periods/999999999"), 404);
        assertProblem(api().get("api/v1/measurements/999999999"), 404);
        assertProblem(api().get("api/v1/progress-reports/999999999"), 404);
        assertProblem(api().get("api/v1/delegations/999999999/roadmap"), 404);
        assertProblem(api().post("api/v1/roadmaps/999999999/nodes", nodeJson(null, "GOAL", "Goal", "2025-01-01", "2025-12-31")), 404);
    }

    // indicators -----------------------------------------------------------------------------------------

    @Test
    void an_actual_by_sex_is_refused_on_an_indicator_not_disaggregated_and_a_target_below_an_ascending_baseline_too() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var outcome = node(roadmapId, id(goal), "OUTCOME", "Outcome", "2025-01-01", "2025-12-31");
        var indicator = created(api().post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Shelters open", "unit": "NUMBER", "ascending": true, "baselineValue": 5}"""));
        var period = created(api().post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2025-01-01", "endDate": "2025-12-31"}"""));

        assertProblem(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 6, "sex": "FEMALE", "asOf": "2025-06-30"}"""), 422);
        assertProblem(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "TARGET", "value": 3}"""), 422);
        assertProblem(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 6}"""), 400);
        assertThat(api().get("api/v1/periods/" + id(period) + "/measurements").array()).isEmpty();
    }

    @Test
    void an_indicator_is_rebaselined_and_its_period_targets_replaced() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var output = node(roadmapId, id(node(roadmapId, id(goal), "OUTCOME", "Outcome", "2025-01-01", "2025-12-31")),
                "OUTPUT", "Output", "2025-01-01", "2025-12-31");
        var indicator = created(api().post("api/v1/nodes/" + id(output) + "/indicators", """
                {"title": "Police trained", "unit": "NUMBER", "ascending": true, "baselineValue": 0, "disaggregatedBySex": true}"""));
        var period = created(api().post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2025-01-01", "endDate": "2025-12-31", "targets": [{"value": 100}, {"value": 50, "sex": "FEMALE"}]}"""));

        var rebaselined = api().put("api/v1/indicators/" + id(indicator), """
                {"title": "Police officers trained", "baselineValue": 10, "disaggregatedBySex": true, "version": %d}"""
                .formatted(indicator.getInt("version")), null);
        var replaced = api().put("api/v1/periods/" + id(period), """
                {"targets": [{"value": 120}], "version": %d}""".formatted(period.getInt("version")), null);

        assertThat(rebaselined.status()).as(rebaselined.toString()).isEqualTo(200);
        assertThat(number(rebaselined.object(), "baselineValue")).isEqualByComparingTo("10");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.object().getJsonArray("targets")).hasSize(1);
        assertThat(number(replaced.object().getJsonArray("targets").getJsonObject(0), "value")).isEqualByComparingTo("120");
        assertThat(api().get("api/v1/nodes/" + id(output) + "/indicators").array().getJsonObject(0).getString("title"))
                .isEqualTo("Police officers trained");
    }

    // progress reports -----------------------------------------------------------------------------------

    @Test
    void a_progress_report_with_a_status_change_and_an_actual_is_submitted_and_accepted() {
        var delegation = delegation();
        var tree = measuredTree(roadmapId(delegation));

        var draft = created(api().post("api/v1/delegations/" + id(delegation) + "/progress-reports", """
                {"periodStart": "2025-01-01", "periodEnd": "2025-06-30", "achievements": "Two trainings held",
                 "obstacles": "Budget delays", "nextSteps": "Roster", "evidenceLinks": ["https://example.org/report.pdf"],
                 "statusChanges": [{"nodeId": %d, "to": "DONE"}],
                 "actuals": [{"periodId": %d, "value": 20, "asOf": "2025-06-30", "comment": "Mid-year"}]}"""
                .formatted(id(tree.activity()), id(tree.period()))));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonArray("statusChanges").getJsonObject(0).getString("from")).isEqualTo("NOT_STARTED");
        assertThat(draft.getJsonArray("actuals")).hasSize(1);

        var submitted = api().post("api/v1/progress-reports/" + id(draft) + "/submission", "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.object().getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.object().getString("submittedAt")).isNotBlank();
        var accepted = api().post("api/v1/progress-reports/" + id(draft) + "/review", """
                {"decision": "ACCEPTED"}""");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.object().getString("status")).isEqualTo("ACCEPTED");
        // the reviewer on record is whoever signed the request in, never a name in the body
        assertThat(accepted.object().getString("reviewer")).isEqualTo("admin");
        var roadmap = api().get("api/v1/delegations/" + id(delegation) + "/roadmap").object();
        assertThat(roadmap.getJsonObject("progress").getInt("activitiesDone")).isEqualTo(1);
        assertThat(api().get("api/v1/periods/" + id(tree.period())).object().getJsonArray("actuals")).hasSize(1);
        var reports = api().get("api/v1/delegations/" + id(delegation) + "/progress-reports");
        assertThat(reports.totalCount()).isEqualTo("1");
        assertProblem(api().put("api/v1/progress-reports/" + id(draft), """
                {"achievements": "Too late"}""", accepted.etag()), 422);
    }

    @Test
    void a_returned_report_needs_a_comment_and_can_be_corrected_and_submitted_again() {
        var delegation = delegation();
        measuredTree(roadmapId(delegation));
        var draft = created(api().post("api/v1/delegations/" + id(delegation) + "/progress-reports", """
                {"periodStart": "2025-01-01", "periodEnd": "2025-06-30", "achievements": "Little"}"""));
        api().post("api/v1/progress-reports/" + id(draft) + "/submission", "");

        assertProblem(api().post("api/v1/progress-reports/" + id(draft) + "/review", """
                {"decision": "RETURNED"}"""), 400);
        var returned = api().post("api/v1/progress-reports/" + id(draft) + "/review", """
                {"decision": "RETURNED", "comment": "Add the evidence"}""");
        assertThat(returned.object().getString("status")).isEqualTo("RETURNED");
        var corrected = api().put("api/v1/progress-reports/" + id(draft), """
                {"achievements": "Two trainings", "evidenceLinks": ["https://example.org/evidence"]}""", returned.etag());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        var resubmitted = api().post("api/v1/progress-reports/" + id(draft) + "/submission", "");

        assertThat(resubmitted.object().getString("status")).isEqualTo("SUBMITTED");
        assertThat(resubmitted.object().getJsonArray("evidenceLinks").getString(0)).isEqualTo("https://example.org/evidence");
    }

    @Test
    void a_report_whose_second_actual_is_invalid_stores_nothing() {
        var delegation = delegation();
        var tree = measuredTree(roadmapId(delegation));

        var reply = api().post("api/v1/delegations/" + id(delegation) + "/progress-reports", """
                {"periodStart": "2025-01-01", "periodEnd": "2025-06-30", "achievements": "Half true",
                 "statusChanges": [{"nodeId": %d, "to": "DONE"}],
                 "actuals": [{"periodId": %d, "value": 20, "asOf": "2025-06-30"},
                             {"periodId": %d, "value": 25, "asOf": "2031-01-01"}]}"""
                .formatted(id(tree.activity()), id(tree.period()), id(tree.period())));

        assertProblem(reply, 422);
        assertThat(api().get("api/v1/periods/" + id(tree.period())).object().getJsonArray("actuals")).isEmpty();
        assertThat(api().get("api/v1/nodes/" + id(tree.activity())).object().getString("status")).isEqualTo("NOT_STARTED");
        assertThat(api().get("api/v1/delegations/" + id(delegation) + "/progress-reports").totalCount()).isEqualTo("0");
    }

    // accompaniment --------------------------------------------------------------------------------------

    @Test
    void an_assistance_request_is_answered_and_a_mentoring_note_logged_against_it() {
        var delegation = delegation();
        var request = created(api().post("api/v1/delegations/" + id(delegation) + "/assistance-requests", """
                {"raisedBy": "maria.perez", "text": "How do we cost the NAP?", "urgency": "HIGH"}"""));
        assertThat(request.getString("status")).isEqualTo("OPEN");

        var answered = api().post("api/v1/assistance-requests/" + id(request) + "/answer", """
                {"answer": "See the costing tool"}""");
        var note = created(api().post("api/v1/delegations/" + id(delegation) + "/mentoring-notes", """
                {"requestId": %d, "date": "2025-07-15", "note": "Walked through the costing tool"}"""
                .formatted(id(request))));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.object().getString("status")).isEqualTo("ANSWERED");
        assertThat(answered.object().getString("answeredBy")).isEqualTo("admin");
        assertThat(note.getString("trainer")).isEqualTo("admin");
        assertThat(note.getJsonNumber("requestId").longValue()).isEqualTo(id(request));
        assertThat(api().get("api/v1/delegations/" + id(delegation) + "/assistance-requests").totalCount()).isEqualTo("1");
        var notes = api().get("api/v1/delegations/" + id(delegation) + "/mentoring-notes");
        assertThat(notes.array().getJsonObject(0).getString("note")).isEqualTo("Walked through the costing tool");
        assertProblem(api().post("api/v1/delegations/" + id(delegation) + "/assistance-requests", """
                {"raisedBy": "maria.perez", "text": "No urgency"}"""), 400);
    }

    @Test
    void the_openapi_document_describes_the_roadmap_and_accompaniment_endpoints() {
        var openapi = api().get(api().base().resolve("/openapi").toString());

        assertThat(openapi.status()).as(openapi.toString().substring(0, Math.min(300, openapi.toString().length()))).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/roadmaps/{id}", "/api/v1/roadmaps/{id}/nodes", "/api/v1/nodes/{id}/move",
                "/api/v1/nodes/{id}/budget-lines", "/api/v1/indicators/{id}/periods", "/api/v1/periods/{id}/measurements",
                "/api/v1/delegations/{delegationId}/progress-reports", "/api/v1/progress-reports/{id}/review",
                "/api/v1/assistance-requests/{id}/answer", "/api/v1/delegations/{delegationId}/mentoring-notes",
                "/api/v1/roadmaps/{id}/history", "/api/v1/nodes/{id}/history");
    }

    // history --------------------------------------------------------------------------------------------

    @Test
    void an_update_through_the_api_shows_in_the_history_with_old_and_new_values_and_the_user_and_a_refused_one_does_not() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var updated = api().put("api/v1/nodes/" + id(goal), updateJson("Women shape every peace agreement"),
                goal.getJsonNumber("version").toString());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        var stale = api().put("api/v1/nodes/" + id(goal), updateJson("Refused as stale"), goal.getJsonNumber("version").toString());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

        var history = api().get("api/v1/roadmaps/" + roadmapId + "/history");

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.totalCount()).isEqualTo("3");   // the roadmap and the goal created, the goal updated
        var latest = history.array().getJsonObject(0);
        assertThat(latest.getString("action")).isEqualTo("UPDATE");
        assertThat(latest.getString("entityType")).isEqualTo("ResultNode");
        assertThat(latest.getJsonNumber("entityId").longValue()).isEqualTo(id(goal));
        assertThat(latest.getJsonNumber("nodeId").longValue()).isEqualTo(id(goal));
        assertThat(latest.getString("actor")).isEqualTo("admin");
        assertThat(latest.getString("recordedAt")).isNotBlank();
        assertThat(latest.getJsonObject("oldValues")).isEqualTo(Json.createObjectBuilder()
                .add("title", "Goal").add("status", "NOT_STARTED").build());
        assertThat(latest.getJsonObject("newValues")).isEqualTo(Json.createObjectBuilder()
                .add("title", "Women shape every peace agreement").add("status", "ON_TRACK").build());
        var creation = history.array().getJsonObject(1);
        assertThat(creation.getString("action")).isEqualTo("CREATE");
        assertThat(creation.getJsonObject("oldValues")).isEmpty();
        assertThat(creation.getJsonObject("newValues").getString("title")).isEqualTo("Goal");

        var ofNode = api().get("api/v1/nodes/" + id(goal) + "/history?size=1");
        assertThat(ofNode.status()).isEqualTo(200);
        assertThat(ofNode.totalCount()).isEqualTo("2");
        assertThat(ofNode.array()).hasSize(1);
        assertThat(ofNode.array().getJsonObject(0)).isEqualTo(latest);
    }

    @Test
    void the_history_cannot_be_changed_or_deleted_through_the_api() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var roadmapHistory = "api/v1/roadmaps/" + roadmapId + "/history";
        var nodeHistory = "api/v1/nodes/" + id(goal) + "/history";

        assertProblem(api().put(roadmapHistory, "[]", "\"0\""), 405);
        assertProblem(api().delete(roadmapHistory, "\"0\""), 405);
        assertProblem(api().post(roadmapHistory, "{}"), 405);
        assertProblem(api().put(nodeHistory, "[]", "\"0\""), 405);
        assertProblem(api().delete(nodeHistory, "\"0\""), 405);

        assertThat(api().get(roadmapHistory).totalCount()).isEqualTo("2");
    }

    @Test
    void the_history_of_an_unknown_roadmap_or_node_is_not_found() {
        assertProblem(api().get("api/v1/roadmaps/999999999/history"), 404);
        assertProblem(api().get("api/v1/nodes/999999999/history"), 404);
    }

    // the document's revision and HTTP caching -------------------------------------------------------------

    @Test
    void every_change_in_the_tree_shows_in_the_next_read_of_the_document_under_a_new_etag() {
        var roadmapId = roadmapId(delegation());
        var tree = measuredTree(roadmapId);
        var path = "api/v1/roadmaps/" + roadmapId;
        var read = api().get(path);
        assertThat(read.etag()).as("the roadmap's version and the document's revision").matches("\"\\d+\\.\\d+\"");
        var again = api().get(path);
        assertThat(again.etag()).isEqualTo(read.etag());
        assertThat(again.body()).isEqualTo(read.body());

        var activity = tree.activity();
        var renamed = api().put("api/v1/nodes/" + id(activity), updateJson("Renamed activity"), activity.getJsonNumber("version").toString());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        read = changed(path, read);
        assertThat(outcomeOf(read).getJsonArray("children").getJsonObject(0).getJsonArray("children").getJsonObject(0)
                .getString("title")).isEqualTo("Renamed activity");

        var indicatorId = tree.period().getJsonNumber("indicatorId").longValue();
        var indicator = api().get("api/v1/indicators/" + indicatorId).object();
        var rebaselined = api().put("api/v1/indicators/" + indicatorId, """
                {"title": "Women mediators named", "baselineValue": 12, "disaggregatedBySex": false, "version": %d}""".formatted(indicator.getInt("version")), null);
        assertThat(rebaselined.status()).as(rebaselined.toString()).isEqualTo(200);
        read = changed(path, read);
        assertThat(indicatorOf(read).getString("title")).isEqualTo("Women mediators named");
        assertThat(number(indicatorOf(read), "baselineValue")).isEqualByComparingTo("12");

        var period = api().get("api/v1/periods/" + id(tree.period())).object();
        var retargeted = api().put("api/v1/periods/" + id(period), """
                {"targets": [{"value": 40}], "version": %d}""".formatted(period.getInt("version")), null);
        assertThat(retargeted.status()).as(retargeted.toString()).isEqualTo(200);
        read = changed(path, read);
        assertThat(number(periodOf(read).getJsonArray("targets").getJsonObject(0), "value")).isEqualByComparingTo("40");

        created(api().post("api/v1/periods/" + id(period) + "/measurements", """
                {"kind": "ACTUAL", "value": 26, "asOf": "2025-06-30"}"""));
        read = changed(path, read);
        assertThat(number(periodOf(read).getJsonArray("latestActuals").getJsonObject(0), "value")).isEqualByComparingTo("26");
        assertThat(number(periodOf(read).getJsonObject("achievement"), "ratio")).isEqualByComparingTo("0.5");
    }

    @Test
    void if_none_match_answers_304_without_a_body_while_nothing_in_the_document_changed() {
        var roadmapId = roadmapId(delegation());
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var path = "api/v1/roadmaps/" + roadmapId;
        var read = api().get(path);

        var unchanged = api().getIfNoneMatch(path, read.etag());
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.etag()).isEqualTo(read.etag());
        assertThat(api().getIfNoneMatch(path, "\"0.0\", " + read.etag()).status()).as("one of a list").isEqualTo(304);
        assertThat(api().as("sponsor").getIfNoneMatch(path, read.etag()).status())
                .as("the access check comes first, as for every read").isEqualTo(api().as("sponsor").get(path).status()).isNotEqualTo(304);

        var renamed = api().put("api/v1/nodes/" + id(goal), updateJson("Renamed goal"), goal.getJsonNumber("version").toString());
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        var afterChange = api().getIfNoneMatch(path, read.etag());
        assertThat(afterChange.status()).isEqualTo(200);
        assertThat(afterChange.etag()).isNotEqualTo(read.etag());
        assertThat(afterChange.object().getJsonArray("nodes").getJsonObject(0).getString("title")).isEqualTo("Renamed goal");
        assertThat(api().getIfNoneMatch(path, afterChange.etag()).status()).isEqualTo(304);
    }

    @Test
    void the_document_is_byte_for_byte_what_the_api_writes_and_its_etag_names_the_version_for_writes() {
        var delegation = delegation();
        var roadmapId = roadmapId(delegation);
        measuredTree(roadmapId);
        var path = "api/v1/roadmaps/" + roadmapId;
        api().get(path);
        var kept = api().get(path);
        // the delegation's path writes the same document through JSON-B as every other answer
        assertThat(kept.body()).isEqualTo(api().get("api/v1/delegations/" + id(delegation) + "/roadmap").body());
        assertThat(kept.contentType()).isEqualTo("application/json");

        var retitled = api().put(path, """
                {"title": "Retitled through the document's ETag"}""", kept.etag());
        assertThat(retitled.status()).as(retitled.toString()).isEqualTo(200);
        assertThat(retitled.object().getString("title")).isEqualTo("Retitled through the document's ETag");
        assertThat(retitled.etag()).isNotEqualTo(kept.etag());
        assertProblem(api().put(path, """
                {"title": "A stale retitle"}""", kept.etag()), 412);
        assertProblem(api().put("api/v1/roadmaps/" + roadmapId + "/sharing", """
                {"shared": true}""", kept.etag()), 412);
        var shared = api().put("api/v1/roadmaps/" + roadmapId + "/sharing", """
                {"shared": true}""", retitled.etag());
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.object().getBoolean("sharedWithCohort")).isTrue();
        assertProblem(api().get("api/v1/roadmaps/999999999"), 404);
    }

    /** The document read again after a change: it answers 200 to the previous ETag, under a new one. */
    private Api.Reply changed(String path, Api.Reply before) {
        var read = api().getIfNoneMatch(path, before.etag());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.etag()).isNotEqualTo(before.etag());
        return read;
    }

    /** The outcome of {@link #measuredTree} in a read of the document. */
    private static JsonObject outcomeOf(Api.Reply document) {
        return document.object().getJsonArray("nodes").getJsonObject(0).getJsonArray("children").getJsonObject(0);
    }

    private static JsonObject indicatorOf(Api.Reply document) {
        return outcomeOf(document).getJsonArray("indicators").getJsonObject(0);
    }

    private static JsonObject periodOf(Api.Reply document) {
        return indicatorOf(document).getJsonArray("periods").getJsonObject(0);
    }

    // helpers --------------------------------------------------------------------------------------------

    private record MeasuredTree(JsonObject activity, JsonObject period) {
    }

    /** A goal > outcome > output > activity in 2025, the outcome with an indicator (baseline 10, target 30). */
    private MeasuredTree measuredTree(long roadmapId) {
        var goal = node(roadmapId, null, "GOAL", "Goal", "2025-01-01", "2025-12-31");
        var outcome = node(roadmapId, id(goal), "OUTCOME", "Outcome", "2025-01-01", "2025-12-31");
        var output = node(roadmapId, id(outcome), "OUTPUT", "Output", "2025-01-01", "2025-12-31");
        var activity = node(roadmapId, id(output), "ACTIVITY", "Activity", "2025-01-01", "2025-06-30");
        var indicator = created(api().post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Women mediators", "unit": "NUMBER", "ascending": true, "baselineValue": 10}"""));
        var period = created(api().post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2025-01-01", "endDate": "2025-12-31", "targets": [{"value": 30}]}"""));
        return new MeasuredTree(activity, period);
    }

    private Api.Reply status(long roadmapId, String status) {
        return api().post("api/v1/roadmaps/" + roadmapId + "/status", "{\"status\": \"" + status + "\"}");
    }

    private JsonObject node(long roadmapId, Long parentId, String level, String title, String start, String end) {
        return created(api().post("api/v1/roadmaps/" + roadmapId + "/nodes", nodeJson(parentId, level, title, start, end)));
    }

    private static String nodeJson(Long parentId, String level, String title, String start, String end) {
        return """
                {"parentId": %s, "level": "%s", "title": "%s", "tag": "PARTICIPATION", "startDate": "%s", "endDate": "%s"}"""
                .formatted(parentId, level, title, start, end);
    }

    private static String updateJson(String title) {
        return """
                {"title": "%s", "tag": "PARTICIPATION", "startDate": "2025-01-01", "endDate": "2025-12-31", "status": "ON_TRACK"}"""
                .formatted(title);
    }

    private long nodeCount(long roadmapId) {
        return Long.parseLong(api().get("api/v1/roadmaps/" + roadmapId + "/nodes").totalCount());
    }

    /** A new delegation of Costa Rica in a new cohort of a new programme (full template). */
    private JsonObject delegation() {
        var programme = created(api().post("api/v1/programmes", """
                {"name": "%s", "description": "WPS NAP Academy", "languages": ["en", "es"], %s}""".formatted(unique("Academy"), WpsTemplate.TAGS)));
        var cohort = created(api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "venueName": "Hotel Central", "city": "San José", "countryCode": "CR",
                 "timeZone": "America/Costa_Rica", "startDate": "2025-06-24", "endDate": "2025-06-26"}"""
                .formatted(id(programme), unique("San José"))));
        return created(api().post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"CR\"}"));
    }

    private static long roadmapId(JsonObject delegation) {
        return delegation.getJsonNumber("roadmapId").longValue();
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/" + reply.object().getJsonNumber("id"));
        assertThat(reply.etag()).isNotNull();
        return reply.object();
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.object().getInt("status")).isEqualTo(status);
    }

    private Api api() {
        return new Api(base);
    }
}
