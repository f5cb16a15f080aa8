package org.napacademy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * The PostgreSQL database of the suite's PostgreSQL run ({@code -Ppostgresql}, academy-it's pom): absent on the
 * H2 run, so tests that need PostgreSQL itself skip there.
 */
record PostgresqlUnderTest(String url, String user, String password) {

    static Optional<PostgresqlUnderTest> configured() {
        return Optional.ofNullable(System.getProperty("academy.it.pg.url")).filter(url -> !url.isBlank())
                .map(url -> new PostgresqlUnderTest(url, System.getProperty("academy.it.pg.user"),
                        System.getProperty("academy.it.pg.password")));
    }

    /** System properties that start the app on this database; {@code wipe} empties it first, as the suite's Payara starts do. */
    List<String> appOptions(boolean wipe) {
        var options = new ArrayList<>(List.of("-Dacademy.db.url=" + url, "-Dacademy.db.user=" + user,
                "-Dacademy.db.password=" + password, "-Dacademy.db.datasource-class=org.postgresql.ds.PGSimpleDataSource"));
        if (wipe) options.add("-Dacademy.it.wipe-database=" + url);
        return options;
    }

    /** A backup file placed in the app's backup directory (academy.it.backup-dir), as an operator's copy would lie there. */
    String backupFileInPlace() {
        var name = "academy-20260101-020000-000.sql.gz";
        try {
            var directory = Files.createDirectories(Path.of(System.getProperty("academy.it.backup-dir")));
            try (var gzip = new GZIPOutputStream(Files.newOutputStream(directory.resolve(name)))) {
                gzip.write("-- placed by the PostgreSQL run of the ITs\n".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs one of PostgreSQL's client tools (pg_dump, pg_restore) on this database, as README's commands do. */
    void run(Path workDir, String tool, String... arguments) {
        var command = new ArrayList<>(List.of(tool, "-d", url.replaceFirst("^jdbc:", ""), "-U", user));
        command.addAll(List.of(arguments));
        var log = workDir.resolve(tool + ".log");
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", password);
            var process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not end within 2 minutes: " + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed (" + process.exitValue() + "): " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
