package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ids of the demo objects the tests that walk every operation of the API aim at (AccessMatrixIT, BadInputIT),
 * found as the administrator: Ecuador's delegation, roadmap, nodes, indicators, participants and requests in the
 * 2025 Panama City cohort, Costa Rica's progress report, Trinidad and Tobago's NAP events, delegate.jm's account.
 * Finding them issues the cohort's certificates and makes two personal API tokens of the administrator.
 */
final class DemoObjects {
    private DemoObjects() {
    }

    static Map<String, String> find(Api admin) {
        var demo = new HashMap<String, String>();
        demo.put("programme", first(admin, "/api/v1/programmes"));
        demo.put("module", first(admin, "/api/v1/modules"));
        demo.put("resource", first(admin, "/api/v1/modules/" + demo.get("module") + "/resources"));
        demo.put("country", "TT");
        demo.put("napEvent", first(admin, "/api/v1/countries/TT/nap-events"));
        var cohort = array(admin, "/api/v1/cohorts?size=100").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("2025 Panama City")).findFirst().orElseThrow();
        demo.put("cohort", id(cohort));
        demo.put("committeeSeat", committeeSeat(admin, cohort));
        demo.put("sharedRoadmap", sharedRoadmap(admin, id(cohort)));
        var delegations = array(admin, "/api/v1/cohorts/" + id(cohort) + "/delegations");
        var ecuador = delegation(delegations, "EC");
        demo.put("delegation", id(ecuador));
        demo.put("roadmap", ecuador.get("roadmapId").toString());
        demo.put("otherRoadmap", delegation(delegations, "BO").get("roadmapId").toString());
        demo.put("endorsedRoadmap", delegation(delegations, "CR").get("roadmapId").toString());
        var delegation = "/api/v1/delegations/" + id(ecuador);
        demo.put("participant", first(admin, delegation + "/participants"));
        demo.put("costaRicaReport", first(admin, "/api/v1/delegations/" + id(delegation(delegations, "CR")) + "/progress-reports"));
        demo.put("request", first(admin, delegation + "/assistance-requests"));
        demo.put("note", first(admin, delegation + "/mentoring-notes"));
        var nodes = array(admin, "/api/v1/roadmaps/" + demo.get("roadmap") + "/nodes?size=100");
        demo.put("node", id(nodes.getJsonObject(0)));
        for (var node : nodes) {
            var indicators = array(admin, "/api/v1/nodes/" + id(node.asJsonObject()) + "/indicators");
            if (indicators.isEmpty()) continue;
            var indicator = id(indicators.getJsonObject(0));
            demo.put("indicator", indicator);
            var periods = array(admin, "/api/v1/indicators/" + indicator + "/periods");
            demo.put("period", id(periods.getJsonObject(0)));
            demo.put("measurement", first(admin, "/api/v1/periods/" + demo.get("period") + "/measurements"));
            break;
        }
        var sessions = array(admin, "/api/v1/cohorts/" + id(cohort) + "/sessions");
        demo.put("session", id(sessions.getJsonObject(0)));
        for (var session : sessions) {
            var feedback = array(admin, "/api/v1/sessions/" + id(session.asJsonObject()) + "/feedback");
            if (feedback.isEmpty()) continue;
            demo.put("feedbackSession", id(session.asJsonObject()));
            demo.put("feedback", id(feedback.getJsonObject(0)));
            break;
        }
        demo.put("user", id(array(admin, "/api/v1/users?q=delegate.jm").getJsonObject(0)));
        demo.put("certificate", issuedCertificate(admin, id(cohort)));
        demo.put("adminToken", adminToken(admin, "Demo objects read"));
        demo.put("spareAdminToken", adminToken(admin, "Demo objects revoke"));
        demo.put("backup", backup(admin));
        return demo;
    }

    /** Every operation of the OpenAPI document, as "METHOD /path/{template}". */
    static Set<String> operations(JsonObject openApi) {
        var operations = new TreeSet<String>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch", "head", "options")::contains)
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(operations).hasSizeGreaterThan(50);
        return operations;
    }

    /** The OpenAPI document, served at the server's root. */
    static JsonObject openApi(Api api) {
        var reply = api.get(api.base().resolve("/openapi").toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** Issues the cohort's certificates (again: the same codes) and takes the first code. */
    private static String issuedCertificate(Api admin, String cohortId) {
        var reply = admin.post("/api/v1/cohorts/" + cohortId + "/certificates", "");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(JsonValue::asJsonObject).filter(c -> c.getString("code", null) != null)
                .map(c -> c.getString("code")).findFirst().orElseThrow();
    }

    /** A seat of the committee of the cohort's programme, elected at the cohort (there is none in the demo data). */
    private static String committeeSeat(Api admin, JsonObject cohort) {
        var reply = admin.post("/api/v1/programmes/" + cohort.get("programmeId") + "/committee", """
                {"role": "SECRETARY", "countryIso2": "PA", "termStart": "%s", "termEnd": "%s", "electedAtCohortId": %s}""".formatted(
                cohort.getString("endDate"), LocalDate.parse(cohort.getString("endDate")).plusYears(2), id(cohort)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id(reply.object());
    }

    /** The cohort's shared roadmap, created (as a draft) when the demo data gives the cohort none. */
    private static String sharedRoadmap(Api admin, String cohortId) {
        var path = "/api/v1/cohorts/" + cohortId + "/shared-roadmap";
        var existing = admin.get(path);
        if (existing.status() == 200) return id(existing.object());
        var created = admin.post(path, "{\"title\":\"Outcome document of the 2025 Panama City gathering\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id(created.object());
    }

    /**
     * An online backup taken now, by its file name. On PostgreSQL the app refuses to back up (422, pg_dump's job),
     * so an operator's file in the backup directory stands in for it: the access rules of the download are the same.
     */
    private static String backup(Api admin) {
        var reply = admin.post("/api/v1/admin/backups", "");
        var postgresql = PostgresqlUnderTest.configured();
        if (postgresql.isPresent() && reply.status() == 422) return postgresql.get().backupFileInPlace();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getString("name");
    }

    private static String adminToken(Api admin, String name) {
        var reply = admin.post("/api/v1/me/tokens", "{\"name\":\"" + name + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return id(reply.object());
    }

    private static JsonObject delegation(JsonArray delegations, String countryCode) {
        return delegations.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("countryCode").equals(countryCode)).findFirst().orElseThrow();
    }

    private static String first(Api admin, String path) { return id(array(admin, path).getJsonObject(0)); }

    private static String id(JsonObject object) { return object.get("id").toString(); }

    private static JsonArray array(Api admin, String path) {
        var reply = admin.get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.array();
    }
}
