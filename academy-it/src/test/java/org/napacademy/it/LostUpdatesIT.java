package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, lost updates: 20 clients write the same nodes, indicator and period targets at once for 30 s, each
 * with the version it last read. Nothing accepted may be lost and nothing refused may be half-stored
 * ({@code -Dreliability.clients=} and {@code -Dreliability.seconds=} change the load). With EclipseLink's shared
 * cache on, requests of 20 clients stalled past 30 s on its locks: the shared cache is off (persistence.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LostUpdatesIT {
    private static final int CLIENTS = Integer.getInteger("reliability.clients", 20);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("reliability.seconds", 30));

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive war() {
        return AcademyWar.asBuilt();
    }

    /** One entity the clients fight over: where it lives, how it is written and how a write shows in it. */
    private record Target(String name, String path, Function<String, String> body, Function<JsonObject, String> written,
                          String trailType, String trailAction, String trailField) {
        /** The tag this entity's write left in one audit record, or null when the record is another's. */
        String tagIn(JsonObject record, long entityId) {
            if (!record.getString("entityType").equals(trailType) || !record.getString("action").equals(trailAction)) return null;
            if (!trailType.equals("Measurement") && record.getJsonNumber("entityId").longValue() != entityId) return null;
            var values = record.get("newValues");
            if (values == null || values.getValueType() != JsonValue.ValueType.OBJECT) return null;
            var tag = values.asJsonObject().get(trailField);
            return tag instanceof jakarta.json.JsonString text && text.getString().matches("c\\d+-\\d+") ? text.getString() : null;
        }

        long entityId() { return Long.parseLong(path.substring(path.lastIndexOf('/') + 1)); }
    }

    /** One write as the client saw it: the tag it wrote, the version it read, the answer and the version it produced. */
    private record Write(Target target, String tag, long readVersion, int status, long resultingVersion, String body, long millis) {
        boolean accepted() { return status / 100 == 2; }
    }

    @Test
    void concurrent_writes_with_their_last_read_versions_lose_nothing_and_are_refused_with_409_or_412() throws Exception {
        var roadmap = roadmapId(api().post("api/v1/cohorts/" + cohortId() + "/delegations", "{\"countryCode\": \"CR\"}"));
        var goal = created(api().post("api/v1/roadmaps/" + roadmap + "/nodes", nodeJson(null, "GOAL", "Contested goal")));
        var outcome = created(api().post("api/v1/roadmaps/" + roadmap + "/nodes", nodeJson(id(goal), "OUTCOME", "Contested outcome")));
        var indicator = created(api().post("api/v1/nodes/" + id(outcome) + "/indicators", """
                {"title": "Contested indicator", "unit": "NUMBER", "ascending": true, "baselineValue": 0, "baselineDate": "2024-12-31"}"""));
        var period = created(api().post("api/v1/indicators/" + id(indicator) + "/periods", """
                {"startDate": "2025-01-01", "endDate": "2025-12-31", "targets": [{"value": 1, "comment": "first"}]}"""));
        var targets = List.of(
                nodeTarget("goal", goal, "GOAL"),
                nodeTarget("outcome", outcome, "OUTCOME"),
                new Target("indicator", "api/v1/indicators/" + id(indicator),
                        tag -> "{\"title\": \"" + tag + "\", \"meansOfVerification\": \"" + tag + "\", \"disaggregatedBySex\": false,"
                                + " \"baselineValue\": 0, \"baselineDate\": \"2024-12-31\"}",
                        view -> view.getString("title") + "|" + view.getString("meansOfVerification"), "Indicator", "UPDATE", "title"),
                new Target("period targets", "api/v1/periods/" + id(period),
                        // each write replaces the total's target with one of its own (a new measurement, audited as created)
                        tag -> "{\"targets\": [{\"value\": " + number(tag) + ", \"comment\": \"" + tag + "\"}]}",
                        view -> view.getJsonArray("targets").stream().map(t -> t.asJsonObject().getString("comment"))
                                .collect(Collectors.joining(",")), "Measurement", "CREATE", "comment"));

        var writes = hammer(targets);

        var failures = new ArrayList<String>();
        var byStatus = new TreeMap<Integer, Integer>();
        writes.forEach(w -> byStatus.merge(w.status(), 1, Integer::sum));
        for (var write : writes)
            if (!write.accepted() && write.status() != 409 && write.status() != 412)
                failures.add(write.target().name() + " " + write.tag() + ": " + write.status() + " " + write.body());
        for (var target : targets) failures.addAll(verify(target, writes, id(outcome), id(goal)));

        var accepted = writes.stream().filter(Write::accepted).count();
        System.out.printf("LostUpdatesIT: %d clients for %d s on %d entities: %d requests, %d accepted, refused by status %s%n",
                CLIENTS, RUN.toSeconds(), targets.size(), writes.size(), accepted,
                byStatus.entrySet().stream().filter(e -> e.getKey() / 100 != 2).collect(Collectors.toMap(Map.Entry::getKey,
                        Map.Entry::getValue, Integer::sum, TreeMap::new)));
        var millis = writes.stream().mapToLong(Write::millis).sorted().toArray();
        System.out.printf("  read and write, ms: median %d, p99 %d, max %d%n", millis[millis.length / 2],
                millis[(int) (millis.length * 0.99)], millis[millis.length - 1]);
        for (var target : targets)
            System.out.printf("  %s: %d accepted%n", target.name(), writes.stream().filter(w -> w.target() == target && w.accepted()).count());
        assertThat(accepted).as("some writes must get through").isPositive();
        assertThat(writes.size()).as("some writes must be refused, or the clients never met").isGreaterThan((int) accepted);
        assertThat(failures).as(writes.size() + " writes").isEmpty();
    }

    /** {@link #CLIENTS} clients read an entity and write it with the version read, until the run is over. */
    private List<Write> hammer(List<Target> targets) throws InterruptedException {
        var writes = new ConcurrentLinkedQueue<Write>();
        var errors = new ConcurrentLinkedQueue<Throwable>();
        var deadline = System.nanoTime() + RUN.toNanos();
        var seed = Long.getLong("reliability.seed", System.currentTimeMillis());
        System.out.println("LostUpdatesIT: seed " + seed);
        var pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            var client = c;
            var random = new Random(seed + c);
            var api = api();
            pool.execute(() -> {
                try {
                    for (int sequence = 0; System.nanoTime() < deadline; sequence++) {
                        var target = targets.get(random.nextInt(targets.size()));
                        var started = System.nanoTime();
                        var read = api.get(target.path());
                        assertThat(read.status()).as(read.toString()).isEqualTo(200);
                        var readVersion = read.object().getJsonNumber("version").longValue();
                        var tag = "c" + client + "-" + sequence;
                        var reply = api.put(target.path(), target.body().apply(tag), read.etag());
                        var resulting = reply.status() / 100 == 2 ? reply.object().getJsonNumber("version").longValue() : -1;
                        writes.add(new Write(target, tag, readVersion, reply.status(), resulting, reply.body(),
                                (System.nanoTime() - started) / 1_000_000));
                    }
                } catch (Throwable failure) {
                    errors.add(failure);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(RUN.toSeconds() + 120, TimeUnit.SECONDS)).as("the clients finish").isTrue();
        assertThat(errors).as("client failures").isEmpty();
        return new ArrayList<>(writes);
    }

    /**
     * The accepted writes of one entity, in the order of the versions they produced: each produced a version of
     * its own, one above the version it read; the entity now shows the last of them; and the node's audit trail
     * lists every one of them in that order.
     */
    private List<String> verify(Target target, List<Write> writes, long... nodeIds) {
        var failures = new ArrayList<String>();
        var accepted = writes.stream().filter(w -> w.target() == target && w.accepted())
                .sorted(Comparator.comparingLong(Write::resultingVersion)).toList();
        for (int i = 1; i < accepted.size(); i++)
            if (accepted.get(i).resultingVersion() == accepted.get(i - 1).resultingVersion())
                failures.add(target.name() + ": two accepted writes produced version " + accepted.get(i).resultingVersion()
                        + " (" + accepted.get(i - 1).tag() + ", " + accepted.get(i).tag() + "): one of them is lost");
        for (var write : accepted)
            if (write.resultingVersion() != write.readVersion() + 1)
                failures.add(target.name() + " " + write.tag() + " read version " + write.readVersion()
                        + " but produced " + write.resultingVersion());
        if (accepted.isEmpty()) return failures;
        var last = accepted.get(accepted.size() - 1);
        var now = api().get(target.path()).object();
        if (now.getJsonNumber("version").longValue() != last.resultingVersion())
            failures.add(target.name() + " is at version " + now.getJsonNumber("version") + ", the last accepted write produced "
                    + last.resultingVersion());
        var expected = target.written().apply(jsonOf(last.body()));
        if (!target.written().apply(now).equals(expected))
            failures.add(target.name() + " shows " + target.written().apply(now) + " instead of the last accepted write's " + expected);
        var trail = trailTags(target, nodeIds);
        var acceptedTags = accepted.stream().map(Write::tag).toList();
        if (!trail.equals(acceptedTags))
            failures.add(target.name() + ": the audit trail lists " + trail.size() + " writes " + abbreviate(trail)
                    + ", the clients had " + acceptedTags.size() + " accepted " + abbreviate(acceptedTags));
        return failures;
    }

    /** The tags the entity's writes left in the audit trails of the nodes, oldest first. */
    private List<String> trailTags(Target target, long... nodeIds) {
        var records = new ArrayList<JsonObject>();
        for (var nodeId : nodeIds)
            for (int page = 0; ; page++) {
                var reply = api().get("api/v1/nodes/" + nodeId + "/history?size=100&page=" + page);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                if (reply.array().isEmpty()) break;
                reply.array().forEach(r -> records.add(r.asJsonObject()));
            }
        return records.stream().sorted(Comparator.comparingLong(r -> r.getJsonNumber("id").longValue())).distinct()
                .map(r -> target.tagIn(r, target.entityId())).filter(java.util.Objects::nonNull).toList();
    }

    private Target nodeTarget(String name, JsonObject node, String level) {
        var start = node.getString("startDate");
        var end = node.getString("endDate");
        return new Target(name, "api/v1/nodes/" + id(node),
                tag -> "{\"title\": \"" + tag + "\", \"description\": \"" + tag + " " + level + "\","
                        + " \"startDate\": \"" + start + "\", \"endDate\": \"" + end + "\", \"status\": \"ON_TRACK\"}",
                view -> view.getString("title") + "|" + view.getString("description"), "ResultNode", "UPDATE", "title");
    }

    private static long number(String tag) {
        return Math.abs((long) tag.hashCode()) % 100_000 + 1;
    }

    private static String abbreviate(List<String> tags) {
        return tags.size() <= 12 ? tags.toString() : tags.subList(0, 6) + "..." + tags.subList(tags.size() - 6, tags.size());
    }

    // set-up ---------------------------------------------------------------------------------------------------

    private long cohortId() {
        var programme = created(api().post("api/v1/programmes", """
                {"name": "%s", "languages": ["en"]}""".formatted(unique("Lost updates"))));
        return id(created(api().post("api/v1/cohorts", """
                {"programmeId": %d, "name": "%s", "city": "San José", "countryCode": "CR",
                 "startDate": "2025-06-24", "endDate": "2025-06-26"}""".formatted(id(programme), unique("Contested")))));
    }

    private static long roadmapId(Api.Reply delegation) {
        return created(delegation).getJsonNumber("roadmapId").longValue();
    }

    private static String nodeJson(Long parentId, String level, String title) {
        return """
                {%s"level": "%s", "title": "%s", "startDate": "2025-01-01", "endDate": "2027-12-31"}"""
                .formatted(parentId == null ? "" : "\"parentId\": " + parentId + ", ", level, title);
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static JsonObject jsonOf(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api api() {
        return new Api(base);
    }
}
