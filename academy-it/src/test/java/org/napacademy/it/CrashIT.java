package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app killed with SIGKILL while clients write, stopped with SIGTERM while they write, and cut off
 * from its database: what got a 2xx answer is there afterwards, whole.
 * {@code -Dreliability.kills} (default 3), {@code -Dreliability.writers} (4) and
 * {@code -Dreliability.seconds} (seconds of writing before each kill, 3) make it try harder.
 */
class CrashIT {
    private static final int KILLS = Integer.getInteger("reliability.kills", 3);
    private static final int WRITERS = Integer.getInteger("reliability.writers", 4);
    private static final Duration WRITING = Duration.ofSeconds(Integer.getInteger("reliability.seconds", 3));
    /** How long the database stays away in the outage test: the minute. */
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("reliability.outage-seconds", 60));
    /** The options of the default JDBC URL (META-INF/microprofile-config.properties), on a file of the test's own. */
    /** As the default URL: H2 leaves closing the database to Payara, which serves on through its shutdown grace period. */
    private static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";

    @TempDir
    Path workDir;

    @Test
    void every_write_acknowledged_before_sigkill_or_sigterm_is_there_after_the_restart_and_no_check_in_is_half_written() throws Exception {
        var database = workDir.resolve("crash").resolve("academy");
        Files.createDirectories(database.getParent());
        var url = "jdbc:h2:file:" + database + H2_OPTIONS;
        var app = PackagedApp.start(workDir, "crash-0", url);
        try {
            assertReadyOnlyWhenMigrated(app);
            var workload = new CrashWorkload(CrashWorkload.fixture(app.api()));
            for (int kill = 1; kill <= KILLS; kill++) {
                writeUntil(app, workload, kill, app::kill);
                app = PackagedApp.start(workDir, "crash-" + kill, url);
                verify(app, workload, "kill " + kill + "/" + KILLS);
            }

            // SIGTERM while clients write; they stop sending new work at once, as behind a load balancer watching readiness
            var refusedBefore = workload.refusals();
            var cutBefore = workload.cutOffs();
            var stopping = app;
            writeUntil(app, workload, KILLS + 1, stopping::signalStop);
            assertThat(awaitReadinessDown(stopping)).as("readiness after SIGTERM").startsWith("503");
            assertThat(stopping.awaitExit(Duration.ofSeconds(90))).as("the app ends within 90 s of SIGTERM").isTrue();
            System.out.printf("CrashIT SIGTERM: %d requests answered 5xx and %d cut off among those under way%n",
                    workload.refusals() - refusedBefore, workload.cutOffs() - cutBefore);
            assertThat(workload.refusals() - refusedBefore).as("requests under way at SIGTERM answered 5xx").isZero();
            assertThat(workload.cutOffs() - cutBefore).as("requests under way at SIGTERM cut off").isZero();
            app = PackagedApp.start(workDir, "crash-restart", url);
            verify(app, workload, "SIGTERM");
            assertThat(workload.acknowledgedMeasurements()).as("writes acknowledged at all").isPositive();
            assertThat(workload.acknowledgedCheckIns()).isPositive();
            assertThat(app.stop(Duration.ofSeconds(90))).isTrue();
        } finally {
            app.close();
        }
        assertOpensCleanly(url);
    }

    /** {@link #WRITERS} clients at work for {@link #WRITING}, then {@code interruption}, then they stop. */
    private static void writeUntil(PackagedApp app, CrashWorkload workload, int round, Runnable interruption)
            throws InterruptedException {
        var stop = new AtomicBoolean();
        var clients = new ArrayList<Thread>();
        for (int client = 0; client < WRITERS; client++) {
            var api = app.api();
            int c = client;
            clients.add(new Thread(() -> workload.write(api, c, round, stop), "crash-writer-" + c));
        }
        clients.forEach(Thread::start);
        PackagedApp.pause(WRITING);
        interruption.run();
        stop.set(true);
        for (var client : clients) client.join(Duration.ofSeconds(90).toMillis());
    }

    /** Readiness as a load balancer sees it just after SIGTERM: "status body" once DOWN, or its last answer. */
    private static String awaitReadinessDown(PackagedApp app) {
        var last = "no answer";
        for (int attempt = 0; attempt < 50; attempt++) {
            var answer = app.readiness();
            if (answer != null) last = answer.statusCode() + " " + answer.body();
            if (last.startsWith("503")) return last;
            PackagedApp.pause(Duration.ofMillis(100));
        }
        return last;
    }

    private static void verify(PackagedApp app, CrashWorkload workload, String after) {
        var measurements = workload.verifyMeasurements(app.api());
        var checkIns = workload.verifyCheckIns(app.api());
        System.out.printf("CrashIT after %s: %d requests, %d refused (app going down), %d measurements and %d check-ins "
                        + "acknowledged so far; all %d measurements found intact, %d check-ins read, all whole%n",
                after, workload.attempts(), workload.refusals(), workload.acknowledgedMeasurements(),
                workload.acknowledgedCheckIns(), measurements, checkIns);
        assertThat(workload.unexpectedRefusals()).as("4xx answers to valid writes").isEmpty();
    }

    @Test
    void readiness_is_down_while_the_database_is_away_writes_fail_fast_and_all_recovers_without_a_restart() throws Exception {
        var dbPort = PackagedApp.freePort();
        var baseDir = workDir.resolve("outage").toString();
        var server = databaseServer(dbPort, baseDir);
        try (var app = PackagedApp.start(workDir, "outage", "jdbc:h2:tcp://localhost:" + dbPort + "/academy")) {
            var api = app.api();
            assertReadyOnlyWhenMigrated(app);
            var fixture = CrashWorkload.fixture(api);

            server.stop();
            var down = awaitReadiness(app, 503, Duration.ofSeconds(30));
            assertThat(down).as("readiness once the database is away").contains("DOWN");
            var started = System.nanoTime();
            var refused = api.post("api/v1/periods/" + fixture.periodId() + "/measurements", MEASUREMENT);
            var took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("CrashIT outage: readiness %s; a write answered %d in %d ms: %s%n", down, refused.status(), took.toMillis(), refused);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(took).as("the refusal's time (no hang: the pool gives up on the database within its timeouts)").isLessThan(Duration.ofSeconds(30));
            // the minute away: reads and writes keep being refused quickly, the app stays up
            var refusals = 0;
            while (System.nanoTime() - started < OUTAGE.toNanos()) {
                var write = api.post("api/v1/periods/" + fixture.periodId() + "/measurements", MEASUREMENT);
                var read = api.get("api/v1/periods/" + fixture.periodId());
                assertThat(List.of(write.status(), read.status())).as(write + " / " + read).containsOnly(503);
                refusals += 2;
                Thread.sleep(2_000);
            }
            System.out.printf("CrashIT outage: the database away for %d s, %d requests refused with 503%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), refusals + 1);

            server = databaseServer(dbPort, baseDir);
            awaitReadiness(app, 200, Duration.ofSeconds(60));
            var stored = api.post("api/v1/periods/" + fixture.periodId() + "/measurements", MEASUREMENT);
            assertThat(stored.status()).as("a write once the database is back: " + stored).isEqualTo(201);
            assertThat(api.get("api/v1/measurements/" + stored.object().getJsonNumber("id")).status()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    /**
     * While Payara boots, /health/ready answers 404, then 503 DOWN (no application deployed, or the schema
     * migrating), and 500 from Payara while the application deploys; never 200 before the first one that
     * reports the schema current.
     */
    private static void assertReadyOnlyWhenMigrated(PackagedApp app) {
        var answers = app.readinessDuringStart();
        var statuses = answers.stream().map(a -> a.substring(0, 3)).distinct().toList();
        System.out.printf("CrashIT start: /health/ready polled %d times, answers %s%n", answers.size(), statuses);
        assertThat(answers.subList(0, answers.size() - 1).stream().map(a -> a.substring(0, 3)).distinct().toList())
                .as("/health/ready before it was UP").isSubsetOf("404", "500", "503");
        assertThat(answers.get(answers.size() - 1)).as("the first UP").contains("current");
    }

    private static final String MEASUREMENT = """
            {"kind": "ACTUAL", "value": 3, "sex": "FEMALE", "asOf": "2026-03-31", "comment": "outage"}""";

    private static Server databaseServer(int port, String baseDir) throws SQLException {
        return Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", baseDir, "-ifNotExists").start();
    }

    /** Polls /health/ready until it answers {@code status}; returns that answer's body. */
    private static String awaitReadiness(PackagedApp app, int status, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        String last = "nothing";
        while (System.nanoTime() < deadline) {
            var answer = app.readiness();
            if (answer != null && answer.statusCode() == status) return answer.body();
            last = answer == null ? "no answer" : answer.statusCode() + " " + answer.body();
            PackagedApp.pause(Duration.ofMillis(200));
        }
        throw new AssertionError("/health/ready did not answer " + status + " within " + timeout + "; last: " + last);
    }

    /** Opened by H2 itself after the last kill: every migration recorded as successful, every check-in actual tied to one. */
    private static void assertOpensCleanly(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, PackagedApp.DB_USER, PackagedApp.DB_PASSWORD);
             var statement = connection.createStatement()) {
            try (var failed = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                failed.next();
                assertThat(failed.getInt(1)).as("failed migrations").isZero();
            }
            try (var partial = statement.executeQuery("""
                    SELECT COUNT(*) FROM progress_report r
                    WHERE (SELECT COUNT(*) FROM measurement m WHERE m.progress_report_id = r.id) NOT IN (2, 3)
                      AND r.achievements LIKE 'r%-c%'""")) {
                partial.next();
                assertThat(partial.getInt(1)).as("check-ins with other than 2 or 3 actuals").isZero();
            }
        }
    }
}
