package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged app over one PostgreSQL behind nginx, started by {@code cluster/run.sh} as an
 * operator starts them (not Arquillian: the test kills an instance). Edits made on one instance are read and
 * changed on the other; signed-in people stay on their instance; when instance a dies (SIGKILL) the people on b
 * go on, those of a sign in again and land on b, and every write acknowledged before the kill is there.
 * It runs on the suite's PostgreSQL under {@code -Ppostgresql}, else on a fresh database of the local PostgreSQL
 * that the script manages. Skipped only where PostgreSQL or nginx is missing and cannot be installed (the script
 * exits 3).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Path SCRIPT = Path.of("..", "cluster", "run.sh").toAbsolutePath().normalize();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration WRITING_BEFORE_KILL = Duration.ofSeconds(3);

    private final Path dir = Path.of("target", "cluster-it").toAbsolutePath();
    private final int balancerPort = freePort();
    private final int portA = freePort();
    private final int portB = freePort();
    private final String database = "academy_cluster_it_" + System.currentTimeMillis();
    private final Map<String, String> figures = new LinkedHashMap<>();
    private boolean started;
    private String roadmap;
    private JsonObject goal;

    @BeforeAll
    void startTheCluster() throws Exception {
        Assumptions.assumeTrue(Boolean.parseBoolean(System.getProperty("academy.it.cluster", "true")),
                "ClusterIT switched off (-Dacademy.it.cluster=false)");
        Files.createDirectories(dir);
        var run = dir.resolve("run.log");
        var builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true).redirectOutput(run.toFile());
        var env = builder.environment();
        env.put("CLUSTER_DIR", dir.toString());
        env.put("CLUSTER_PORT", String.valueOf(balancerPort));
        env.put("CLUSTER_PORT_A", String.valueOf(portA));
        env.put("CLUSTER_PORT_B", String.valueOf(portB));
        env.put("CLUSTER_HZ_PORT", String.valueOf(freeGridPorts()));
        env.put("CLUSTER_DB", database);
        // the suite's PostgreSQL (-Ppostgresql) when it names one; otherwise the script's own, on a fresh database
        var suiteDatabase = System.getProperty("academy.it.pg.url", "");
        if (!suiteDatabase.isBlank()) {
            env.put("ACADEMY_DB_URL", suiteDatabase);
            env.put("ACADEMY_DB_USER", System.getProperty("academy.it.pg.user"));
            env.put("ACADEMY_DB_PASSWORD", System.getProperty("academy.it.pg.password"));
        }
        env.put("CLUSTER_JAVA_OPTS", "-Xmx640m");
        var began = System.nanoTime();
        var script = builder.start();
        if (!script.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            script.destroyForcibly();
            throw new IllegalStateException("cluster/run.sh did not finish within " + START_TIMEOUT + "; see " + run);
        }
        var output = Files.readString(run);
        Assumptions.assumeTrue(script.exitValue() != 3, () -> "PostgreSQL or nginx cannot be had here: " + output);
        started = true;
        assertThat(script.exitValue()).as("cluster/run.sh: " + output).isZero();
        figures.put("start (script: PostgreSQL database, two instances, nginx)", seconds(began));
        var admin = api(balancerPort);
        roadmap = fixtureRoadmap(admin);
        goal = created(admin.post(roadmap + "/nodes", """
                {"level": "GOAL", "title": "Women shape security policy", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2027-12-31"}"""));
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        figures.forEach((what, value) -> System.out.printf("ClusterIT %s: %s%n", what, value));
        if (!Files.isDirectory(dir)) return;
        var stop = new ProcessBuilder("bash", SCRIPT.toString(), "stop", "--drop-database").redirectErrorStream(true)
                .redirectOutput(dir.resolve("stop.log").toFile());
        stop.environment().put("CLUSTER_DIR", dir.toString());
        stop.start().waitFor(2, TimeUnit.MINUTES);
    }

    @Test
    @Order(1)
    void a_node_edited_through_instance_a_is_read_and_changed_through_instance_b_and_through_the_balancer() {
        var a = api(portA);
        var b = api(portB);
        var balancer = api(balancerPort);
        var node = "api/v1/nodes/" + created(a.post(roadmap + "/nodes", """
                {"parentId": %d, "level": "OUTCOME", "title": "Created on a", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(id(goal)))).getJsonNumber("id");
        // b reads it first: an instance caching what it read would now hold the old title
        assertThat(title(b.get(node))).isEqualTo("Created on a");
        assertThat(b.get(roadmap).body()).contains("Created on a");   // and b keeps the whole document at this revision

        var onA = a.put(node, update("Changed on a"), a.get(node).etag());
        assertThat(onA.status()).as(onA.toString()).isEqualTo(200);
        var readOnB = readAtOnce(b, node, "Changed on a", "a's change read on b");
        assertThat(readOnB.etag()).isEqualTo(onA.etag());
        assertThat(b.get(roadmap).body()).as("the whole roadmap document read through b").contains("\"title\":\"Changed on a\"")
                .doesNotContain("Created on a");

        var onB = b.put(node, update("Changed on b"), readOnB.etag());
        assertThat(onB.status()).as("b changes it with the version it read: " + onB).isEqualTo(200);
        readAtOnce(a, node, "Changed on b", "b's change read on a");
        var throughBalancer = readAtOnce(balancer, node, "Changed on b", "b's change read through the balancer");

        var viaBalancer = balancer.put(node, update("Changed through the balancer"), throughBalancer.etag());
        assertThat(viaBalancer.status()).as(viaBalancer.toString()).isEqualTo(200);
        readAtOnce(a, node, "Changed through the balancer", "the balancer's change read on a");
        readAtOnce(b, node, "Changed through the balancer", "the balancer's change read on b");
        var stale = a.put(node, update("A stale change"), onA.etag());
        assertThat(stale.status()).as("a stale version is refused on either instance").isEqualTo(412);
        assertThat(title(b.get(node))).isEqualTo("Changed through the balancer");
    }

    /** Reads the node right after the change on another instance: with no shared cache, the first read has it. */
    private Api.Reply readAtOnce(Api api, String node, String expected, String what) {
        var began = System.nanoTime();
        var read = api.get(node);
        assertThat(title(read)).as(what + ": the first read after the change").isEqualTo(expected);
        figures.put(what, "in %d ms, the first read".formatted((System.nanoTime() - began) / 1_000_000));
        return read;
    }

    @Test
    @Order(2)
    void two_browsers_can_land_on_different_instances_and_each_stays_on_its_own() {
        var users = usersOnBothInstances();
        for (var user : users.values()) {
            var instance = user.instance().orElseThrow();
            for (int i = 0; i < 10; i++) {
                var read = user.get("api/v1/me");
                assertThat(read.statusCode()).as(user.username() + " stays signed in").isEqualTo(200);
                assertThat(read.headers().firstValue("X-Academy-Instance")).as("the instance that answered").hasValue(instance);
            }
        }
    }

    @Test
    @Order(3)
    void when_instance_a_is_killed_the_user_on_b_goes_on_and_the_user_of_a_signs_in_again_on_b_and_finds_every_acknowledged_write()
            throws Exception {
        var users = usersOnBothInstances();
        var ofA = users.get("a");
        var onB = users.get("b");
        var sessionOnB = onB.session().orElseThrow();

        // the user of a writes (through the balancer, so on a) until a dies under them, and on after it
        var acknowledged = java.util.Collections.synchronizedList(new ArrayList<Long>());
        var answers = java.util.Collections.synchronizedList(new ArrayList<String>());
        var stop = new AtomicBoolean();
        var writer = new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
                try {
                    var answer = ofA.post(roadmap + "/nodes", outcome("Written by the user of a #" + n));
                    answers.add(answer.statusCode() + " " + answer.headers().firstValue("X-Academy-Instance").orElse("?"));
                    if (answer.statusCode() == 201) acknowledged.add(id(json(answer.body())));
                } catch (UncheckedIOException cutOff) {
                    answers.add("cut off");
                }
            }
        }, "cluster-writer");
        writer.start();
        PackagedApp.pause(WRITING_BEFORE_KILL);
        var beforeKill = acknowledged.size();
        var killed = System.nanoTime();
        kill("a");
        figures.put("SIGKILL of instance a, to its exit", seconds(killed));
        PackagedApp.pause(Duration.ofSeconds(2));
        stop.set(true);
        writer.join(Duration.ofSeconds(60).toMillis());

        // the user on b goes on: same session, reads and writes
        var read = onB.get("api/v1/me");
        assertThat(read.statusCode()).as("the user on b is still signed in").isEqualTo(200);
        assertThat(onB.session()).hasValue(sessionOnB);
        var write = onB.post(roadmap + "/nodes", outcome("Written on b after a died"));
        assertThat(write.statusCode()).as(write.body()).isEqualTo(201);
        assertThat(write.headers().firstValue("X-Academy-Instance")).hasValue("b");

        // the user of a lost their session with a: signs in again through the balancer, lands on b
        assertThat(ofA.isSignedIn()).as("a's session died with a").isFalse();
        var signIn = System.nanoTime();
        assertThat(ofA.signIn()).as("the user of a signs in again").isTrue();
        figures.put("sign-in again after the kill", seconds(signIn));
        assertThat(ofA.instance()).hasValue("b");
        var missing = new ArrayList<Long>();
        for (var id : List.copyOf(acknowledged)) {
            if (ofA.get("api/v1/nodes/" + id).statusCode() != 200) missing.add(id);
        }
        figures.put("writes by the user of a", answers.size() + " requests, " + acknowledged.size() + " acknowledged ("
                + beforeKill + " before the kill), answers " + summary(answers));
        assertThat(beforeKill).as("writes acknowledged by a before the kill").isPositive();
        assertThat(missing).as("acknowledged writes missing after the kill").isEmpty();
        // a request a was serving when it died is cut off: nginx answers 502 and does not send a POST again
        assertThat(answers).as("writes answered 201 by a, then by b once a was down; at most the one under way cut off")
                .allMatch(answer -> answer.startsWith("201") || answer.startsWith("502"))
                .filteredOn(answer -> answer.startsWith("502")).hasSizeLessThanOrEqualTo(1);
        assertThat(answers).as("writes taken over by b").contains("201 b");
    }

    /** Signs in new browsers through the balancer until one is on each instance; keyed by instance. */
    private Map<String, BrowserlessUser> usersOnBothInstances() {
        var users = new LinkedHashMap<String, BrowserlessUser>();
        for (int attempt = 0; attempt < 8 && users.size() < 2; attempt++) {
            var user = new BrowserlessUser(URI.create("http://127.0.0.1:" + balancerPort + "/"), "admin");
            assertThat(user.signIn()).as("sign-in through the login form").isTrue();
            users.putIfAbsent(user.instance().orElseThrow(), user);
        }
        assertThat(users.keySet()).as("new browsers land on both instances").containsExactlyInAnyOrder("a", "b");
        return users;
    }

    private void kill(String instance) throws IOException {
        var pid = Long.parseLong(Files.readString(dir.resolve(instance + ".pid")).trim());
        var process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("instance " + instance + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private String outcome(String title) {
        return """
                {"parentId": %d, "level": "OUTCOME", "title": "%s", "tag": "PARTICIPATION",
                 "startDate": "2026-01-01", "endDate": "2026-12-31"}""".formatted(id(goal), title);
    }

    private static String update(String title) {
        return """
                {"title": "%s", "tag": "PARTICIPATION", "startDate": "2026-01-01", "endDate": "2026-12-31",
                 "status": "NOT_STARTED"}""".formatted(title);
    }

    private static String fixtureRoadmap(Api admin) {
        return "api/v1/roadmaps/" + CrashWorkload.newDelegation(admin, "Cluster").getJsonNumber("roadmapId");
    }

    private static String summary(List<String> answers) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var answer : List.copyOf(answers)) counts.merge(answer, 1, Integer::sum);
        return counts.toString();
    }

    private static Api api(int port) {
        try {
            return new Api(new URL("http://127.0.0.1:" + port + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object();
    }

    private static String title(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getString("title");
    }

    private static long id(JsonObject entity) {
        return entity.getJsonNumber("id").longValue();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static String seconds(long sinceNanos) {
        return "%.1f s".formatted((System.nanoTime() - sinceNanos) / 1e9);
    }

    private static int freePort() {
        return PackagedApp.freePort();
    }

    /** Two consecutive free ports for the data grid (instance a on the first, b on the next). */
    private static int freeGridPorts() {
        for (int port = 15900; port < 16900; port += 2) {
            try (var first = new ServerSocket(port); var second = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try the next pair
            }
        }
        throw new IllegalStateException("No two consecutive free ports between 15900 and 16900");
    }
}
