package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients writing into one roadmap while the app may die under them: actuals recorded straight on a
 * period, and check-ins drafted with two sex-disaggregated actuals, revised with a third, then submitted.
 * Only writes the server acknowledged (2xx) are remembered; a write cut off by the crash may or may not
 * be there, but never half of it.
 */
final class CrashWorkload {
    /** The reporting period of every check-in; no calendar is set, so it stands for itself. */
    private static final String REPORT_START = "2026-01-01";
    private static final String REPORT_END = "2026-03-31";
    private static final String AS_OF = "2026-03-31";

    record Fixture(long delegationId, long periodId) { }

    /** An acknowledged measurement: what was sent and the id the server gave it. */
    record Measurement(long id, BigDecimal value, String sex, String comment) { }

    /** A check-in and the furthest step the server acknowledged. */
    enum Step { DRAFTED, REVISED, SUBMITTED }

    private final Fixture fixture;
    private final Map<Long, Measurement> measurements = new ConcurrentHashMap<>();
    private final Map<Long, Step> checkIns = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger cutOffs = new AtomicInteger();
    private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    CrashWorkload(Fixture fixture) {
        this.fixture = fixture;
    }

    /** A delegation of Peru, as created, in a new programme and cohort whose names start with {@code label}. */
    static jakarta.json.JsonObject newDelegation(Api api, String label) {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var programme = created(api.post("api/v1/programmes", """
                {"name": "%s programme %s", "languages": ["en"], %s}""".formatted(label, unique, WpsTemplate.TAGS)));
        var cohort = created(api.post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s cohort %s", "city": "Lima", "countryCode": "PE",
                 "startDate": "2025-11-10", "endDate": "2025-11-12", "trainers": ["trainer"]}""".formatted(id(programme), label, unique)));
        return created(api.post("api/v1/cohorts/" + id(cohort) + "/delegations", "{\"countryCode\": \"PE\"}"));
    }

    static Fixture fixture(Api api) {
        var delegation = newDelegation(api, "Crash");
        var roadmap = "api/v1/roadmaps/" + delegation.getJsonNumber("roadmapId");
        var goal = created(api.post(roadmap + "/nodes", """
                {"level": "GOAL", "title": "Women shape security policy", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2027-12-31"}"""));
        var outcome = created(api.post(roadmap + "/nodes", """
                {"parentId": %d, "level": "OUTCOME", "title": "More women negotiate", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(id(goal))));
        var indicator = created(api.post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Women in delegations", "unit": "NUMBER", "ascending": true, "baselineValue": 2,
                 "baselineDate": "2026-01-01", "disaggregatedBySex": true}"""));
        var period = created(api.post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2026-01-01", "endDate": "2026-12-31", "targets": [{"value": 10}]}"""));
        return new Fixture(id(delegation), id(period));
    }

    /** One client's loop until {@code stop}: a measurement, then a check-in, again and again. */
    void write(Api api, int client, int round, AtomicBoolean stop) {
        for (int n = 0; !stop.get(); n++) {
            var tag = "r%d-c%d-%d".formatted(round, client, n);
            try {
                recordActual(api, tag, n);
                checkIn(api, tag, n);
            } catch (RuntimeException cutOff) {
                // the app went away under this request: not acknowledged, so nothing is promised
                cutOffs.incrementAndGet();
            }
        }
    }

    private void recordActual(Api api, String tag, int n) {
        var sex = switch (n % 3) { case 0 -> "FEMALE"; case 1 -> "MALE"; default -> null; };
        var value = new BigDecimal(n + ".25");
        var body = """
                {"kind": "ACTUAL", "value": %s, %s"asOf": "%s", "comment": "m %s"}"""
                .formatted(value, sex == null ? "" : "\"sex\": \"" + sex + "\", ", AS_OF, tag);
        var reply = acknowledged(api.post("api/v1/periods/" + fixture.periodId() + "/measurements", body));
        if (reply != null) {
            var id = id(reply.object());
            measurements.put(id, new Measurement(id, value, sex, "m " + tag));
        }
    }

    private void checkIn(Api api, String tag, int n) {
        var draft = acknowledged(api.post("api/v1/delegations/" + fixture.delegationId() + "/progress-reports", """
                {"periodStart": "%s", "periodEnd": "%s", "achievements": "%s drafted",
                 "actuals": [%s, %s]}""".formatted(REPORT_START, REPORT_END, tag,
                actual(n + 1, "FEMALE", tag + " a1"), actual(n + 2, "MALE", tag + " a2"))));
        if (draft == null) return;
        var reportId = id(draft.object());
        checkIns.put(reportId, Step.DRAFTED);
        var revised = acknowledged(api.put("api/v1/progress-reports/" + reportId, """
                {"achievements": "%s revised", "actuals": [%s]}""".formatted(tag, actual(n + 3, null, tag + " a3")), draft.etag()));
        if (revised == null) return;
        checkIns.put(reportId, Step.REVISED);
        if (acknowledged(api.post("api/v1/progress-reports/" + reportId + "/submission", "")) != null) {
            checkIns.put(reportId, Step.SUBMITTED);
        }
    }

    private String actual(int value, String sex, String comment) {
        return """
                {"periodId": %d, "value": %d, %s"asOf": "%s", "comment": "%s"}"""
                .formatted(fixture.periodId(), value, sex == null ? "" : "\"sex\": \"" + sex + "\", ", AS_OF, comment);
    }

    /** The reply when 2xx; null when refused (counted, and noted unless the app was going down: 5xx). */
    private Api.Reply acknowledged(Api.Reply reply) {
        attempts.incrementAndGet();
        if (reply.status() / 100 == 2) return reply;
        refusals.incrementAndGet();
        if (reply.status() < 500) unexpected.add(reply.toString());
        return null;
    }

    Fixture fixture() { return fixture; }
    int attempts() { return attempts.get(); }
    int refusals() { return refusals.get(); }
    /** Requests that got no answer at all (the connection failed or was cut). */
    int cutOffs() { return cutOffs.get(); }
    int acknowledgedMeasurements() { return measurements.size(); }
    int acknowledgedCheckIns() { return checkIns.size(); }
    List<String> unexpectedRefusals() { return List.copyOf(unexpected); }

    /** Every acknowledged measurement is there with the value, sex and comment sent. Returns how many were checked. */
    int verifyMeasurements(Api api) {
        var stored = new java.util.HashMap<Long, JsonObject>();
        api.get("api/v1/periods/" + fixture.periodId() + "/measurements").array()
                .getValuesAs(JsonObject.class).forEach(m -> stored.put(id(m), m));
        measurements.values().forEach(sent -> {
            var found = stored.get(sent.id());
            assertThat(found).as("acknowledged measurement %s (%s) after the crash", sent.id(), sent.comment()).isNotNull();
            assertThat(found.getJsonNumber("value").bigDecimalValue()).as(sent.comment()).isEqualByComparingTo(sent.value());
            assertThat(found.getString("sex", null)).as(sent.comment()).isEqualTo(sent.sex());
            assertThat(found.getString("comment", null)).isEqualTo(sent.comment());
        });
        return measurements.size();
    }

    /**
     * Every acknowledged check-in is there at least at its acknowledged step, and every check-in of the
     * delegation is whole: a draft has its narrative and both its actuals, a revision its new narrative
     * and all three, a submission is a revised one; and no check-in actual exists outside a check-in.
     * Returns how many check-ins were read.
     */
    int verifyCheckIns(Api api) {
        var reports = new ArrayList<JsonObject>();
        for (int page = 0; ; page++) {
            var reply = api.get("api/v1/delegations/" + fixture.delegationId() + "/progress-reports?size=100&page=" + page);
            reports.addAll(reply.array().getValuesAs(JsonObject.class));
            if (reports.size() >= Integer.parseInt(reply.totalCount())) break;
        }
        var actualsInReports = new java.util.HashSet<Long>();
        reports.forEach(report -> {
            var achievements = report.getString("achievements");
            var actuals = report.getJsonArray("actuals").getValuesAs(JsonObject.class);
            actuals.forEach(a -> actualsInReports.add(id(a)));
            var status = report.getString("status");
            if (achievements.endsWith(" drafted")) {
                assertThat(actuals).as("a draft's actuals: " + report).hasSize(2);
                assertThat(status).as(report.toString()).isEqualTo("DRAFT");
            } else {
                assertThat(achievements).as("a check-in's narrative: " + report).endsWith(" revised");
                assertThat(actuals).as("a revised check-in's actuals: " + report).hasSize(3);
                assertThat(status).as(report.toString()).isIn("DRAFT", "SUBMITTED");
            }
            var tag = achievements.substring(0, achievements.lastIndexOf(' '));
            assertThat(actuals.stream().map(a -> a.getString("comment")).sorted().toList())
                    .as("the actuals belong to their check-in " + report)
                    .isEqualTo(List.of(tag + " a1", tag + " a2", tag + " a3").subList(0, actuals.size()));
        });
        var byId = new java.util.HashMap<Long, JsonObject>();
        reports.forEach(r -> byId.put(id(r), r));
        checkIns.forEach((reportId, step) -> {
            var report = byId.get(reportId);
            assertThat(report).as("acknowledged check-in %s (%s) after the crash", reportId, step).isNotNull();
            if (step != Step.DRAFTED) assertThat(report.getString("achievements")).endsWith(" revised");
            if (step == Step.SUBMITTED) assertThat(report.getString("status")).isEqualTo("SUBMITTED");
        });
        var orphans = api.get("api/v1/periods/" + fixture.periodId() + "/measurements").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("comment", "").matches(".* a[123]"))
                .filter(m -> !actualsInReports.contains(id(m)))
                .map(Objects::toString).toList();
        assertThat(orphans).as("check-in actuals without their check-in").isEmpty();
        return reports.size();
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
