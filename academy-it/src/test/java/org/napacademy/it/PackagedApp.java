package org.napacademy.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as operators run it: its own JVM (Payara Micro with the war at /) on a database the
 * test chooses, so a test can kill it with SIGKILL, stop it with SIGTERM and start it again on the same
 * files. Arquillian cannot do that: it owns its container's life.
 */
final class PackagedApp implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** Set explicitly: left empty, Payara hands H2 the unresolved text "${MPCONFIG=academy.db.password}" as the password. */
    static final String DB_USER = "sa";
    static final String DB_PASSWORD = "packaged-app-test";

    private final Process process;
    private final int port;
    private final Path log;
    /** Every answer of /health/ready while the app started, in order: "status body". */
    private final List<String> readinessDuringStart = new ArrayList<>();

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the app on the H2 database {@code dbUrl} (demo data on) and waits until /health/ready answers UP. */
    static PackagedApp start(Path workDir, String name, String dbUrl) {
        return start(workDir, name, List.of("-Dacademy.db.url=" + dbUrl, "-Dacademy.db.user=" + DB_USER,
                "-Dacademy.db.password=" + DB_PASSWORD));
    }

    /** Starts the app with the given database options (system properties, demo data on) and waits until it is ready. */
    static PackagedApp start(Path workDir, String name, List<String> databaseOptions) {
        var port = freePort();
        var log = workDir.resolve(name + ".log");
        var command = new ArrayList<String>(List.of(javaExecutable(), "-Xmx768m", "-Dacademy.demo=true"));
        command.addAll(databaseOptions);
        command.addAll(List.of("-jar", required("payara.microJar", "target/runtime/payara-micro.jar"),
                "--deploy", required("academy.war", "target/runtime/academy-web.war"), "--contextroot", "/",
                "--systemProperties", required("academy.systemProperties", "../academy-web/src/main/payara/system.properties"),
                "--nocluster", "--port", String.valueOf(port), "--rootdir", workDir.resolve(name + "-root").toString()));
        try {
            var process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var app = new PackagedApp(process, port, log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String required(String property, String fallback) {
        var file = new File(System.getProperty(property, fallback));
        if (!file.isFile()) throw new IllegalStateException("Missing " + file.getAbsolutePath() + " (" + property + ")");
        return file.getAbsolutePath();
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("The app died while starting; see " + log);
            var answer = readiness();
            if (answer != null) {
                readinessDuringStart.add(answer.statusCode() + " " + answer.body());
                if (answer.statusCode() == 200) return;
            }
            pause(Duration.ofMillis(100));
        }
        kill();
        throw new IllegalStateException("The app was not ready within " + START_TIMEOUT + "; see " + log);
    }

    /** /health/ready's answer now, or null when nothing answers. */
    HttpResponse<String> readiness() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "health/ready")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<String> readinessDuringStart() {
        return List.copyOf(readinessDuringStart);
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    Api api() {
        return new Api(url());
    }

    URL url() {
        try {
            return URI.create(base()).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM gets no chance to flush or close anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Payara's shutdown hooks run. Returns whether the JVM ended in time. */
    boolean stop(Duration timeout) {
        signalStop();
        return awaitExit(timeout);
    }

    /** SIGTERM without waiting: the app serves through its shutdown grace period, then ends. */
    void signalStop() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
    }
}
