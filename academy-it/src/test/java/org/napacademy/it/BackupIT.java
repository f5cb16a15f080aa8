package org.napacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator's online backup, downloaded and restored with the operator's command (README,
 * Operations) into a fresh database, holds every table exactly, and the app starts on it. On PostgreSQL
 * (-Ppostgresql) the app refuses to back up and README's pg_dump and pg_restore commands do the same.
 */
class BackupIT {
    @TempDir
    Path workDir;

    @Test
    void an_online_backup_restored_into_a_fresh_database_holds_every_table_row_for_row() throws Exception {
        var original = "jdbc:h2:file:" + workDir.resolve("original").resolve("academy") + ";AUTO_SERVER=FALSE";
        var restored = "jdbc:h2:file:" + workDir.resolve("restored").resolve("academy") + ";AUTO_SERVER=FALSE";
        var download = workDir.resolve("downloaded.sql.gz");
        long measurementId;
        try (var app = PackagedApp.start(workDir, "backup", original)) {
            var api = app.api();
            var workload = new CrashWorkload(CrashWorkload.fixture(api));
            var measurement = api.post("api/v1/periods/" + workload.fixture().periodId() + "/measurements", """
                    {"kind": "ACTUAL", "value": 7.5, "sex": "FEMALE", "asOf": "2026-03-31", "comment": "Before the backup ✓ عربى"}""");
            assertThat(measurement.status()).as(measurement.toString()).isEqualTo(201);
            measurementId = measurement.object().getJsonNumber("id").longValue();

            var backup = api.post("api/v1/admin/backups", "");
            assertThat(backup.status()).as(backup.toString()).isEqualTo(201);
            var name = backup.object().getString("name");
            assertThat(name).matches("academy-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
            assertThat(backup.location()).endsWith("/api/v1/admin/backups/" + name);
            assertThat(api.get("api/v1/admin/backups").array().getValuesAs(jakarta.json.JsonObject.class))
                    .anySatisfy(listed -> {
                        assertThat(listed.getString("name")).isEqualTo(name);
                        assertThat(listed.getJsonNumber("size").longValue()).isEqualTo(backup.object().getJsonNumber("size").longValue());
                    });
            var file = downloadAs(app, "api/v1/admin/backups/" + name, "admin");
            assertThat(file.statusCode()).isEqualTo(200);
            Files.copy(file.body(), download);
            assertThat(Files.size(download)).isEqualTo(backup.object().getJsonNumber("size").longValue());
            try (var gzip = new GZIPInputStream(Files.newInputStream(download))) {
                assertThat(new String(gzip.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8)).contains("CREATE");
            }
            assertThat(downloadAs(app, "api/v1/admin/backups/..%2F..%2Facademy.mv.db", "admin").statusCode()).isEqualTo(404);
            assertThat(downloadAs(app, "api/v1/admin/backups/" + name, "delegate.ec").statusCode()).isEqualTo(403);
            assertThat(app.stop(Duration.ofSeconds(60))).as("the app stops on SIGTERM").isTrue();
        }

        new RunScript().runTool("-url", restored, "-user", PackagedApp.DB_USER, "-password", PackagedApp.DB_PASSWORD, "-script", download.toString(), "-options", "COMPRESSION", "GZIP");

        Map<String, String> before;
        Map<String, String> after;
        try (var connection = DriverManager.getConnection(original, PackagedApp.DB_USER, PackagedApp.DB_PASSWORD)) {
            before = tables(connection, "PUBLIC");
        }
        try (var connection = DriverManager.getConnection(restored, PackagedApp.DB_USER, PackagedApp.DB_PASSWORD)) {
            after = tables(connection, "PUBLIC");
        }
        System.out.printf("BackupIT: %d tables, %d rows compared after the restore%n", before.size(),
                before.values().stream().mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(' ')))).sum());
        assertThat(before).as("tables of the original").containsKey("MEASUREMENT");
        assertThat(after).as("every table's row count and checksum after the restore").isEqualTo(before);

        try (var app = PackagedApp.start(workDir, "restored", restored)) {
            var measurement = app.api().get("api/v1/measurements/" + measurementId);
            assertThat(measurement.status()).as(measurement.toString()).isEqualTo(200);
            assertThat(measurement.object().getString("comment")).isEqualTo("Before the backup ✓ عربى");
        }
    }

    @Test
    void on_postgresql_the_app_refuses_backups_and_a_pg_dump_restored_into_an_emptied_database_holds_every_table() throws Exception {
        var configured = PostgresqlUnderTest.configured();
        assumeTrue(configured.isPresent(), "PostgreSQL only: run with -Ppostgresql");
        var postgresql = configured.get();
        var dump = workDir.resolve("academy.dump");
        long measurementId;
        try (var app = PackagedApp.start(workDir, "postgresql", postgresql.appOptions(true))) {
            var api = app.api();
            var refused = api.post("api/v1/admin/backups", "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.object().getString("detail")).contains("PostgreSQL", "pg_dump");
            assertThat(api.get("api/v1/admin/backups").array()).as("no file written").isEmpty();
            assertThat(api.as("delegate.ec").post("api/v1/admin/backups", "").status()).isEqualTo(403);

            var measurement = api.post("api/v1/periods/" + CrashWorkload.fixture(api).periodId() + "/measurements", """
                    {"kind": "ACTUAL", "value": 7.5, "sex": "FEMALE", "asOf": "2026-03-31", "comment": "Before pg_dump ✓ عربى"}""");
            assertThat(measurement.status()).as(measurement.toString()).isEqualTo(201);
            measurementId = measurement.object().getJsonNumber("id").longValue();
            // README, Backup and restore: pg_dump while the platform serves
            postgresql.run(workDir, "pg_dump", "-Fc", "-f", dump.toString());
            assertThat(app.stop(Duration.ofSeconds(60))).as("the app stops on SIGTERM").isTrue();
        }

        Map<String, String> before;
        Map<String, String> after;
        try (var connection = postgresql.connect()) {
            before = tables(connection, "public");
            connection.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        }
        postgresql.run(workDir, "pg_restore", "--no-owner", "--exit-on-error", dump.toString());
        try (var connection = postgresql.connect()) {
            after = tables(connection, "public");
        }
        assertThat(before).as("tables of the original").containsKey("measurement");
        assertThat(after).as("every table's row count and checksum after the restore").isEqualTo(before);

        try (var app = PackagedApp.start(workDir, "postgresql-restored", postgresql.appOptions(false))) {
            var measurement = app.api().get("api/v1/measurements/" + measurementId);
            assertThat(measurement.status()).as(measurement.toString()).isEqualTo(200);
            assertThat(measurement.object().getString("comment")).isEqualTo("Before pg_dump ✓ عربى");
        }
    }

    private static HttpResponse<java.io.InputStream> downloadAs(PackagedApp app, String path, String user) throws IOException, InterruptedException {
        var credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** Every table of the schema: "rows sha256" where the hash covers its rows sorted as text. */
    private static Map<String, String> tables(Connection connection, String schema) throws SQLException, NoSuchAlgorithmException {
        var names = new ArrayList<String>();
        try (var query = connection.prepareStatement(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'")) {
            query.setString(1, schema);
            try (var tables = query.executeQuery()) {
                while (tables.next()) names.add(tables.getString(1));
            }
        }
        var result = new TreeMap<String, String>();
        for (var name : names) {
            var rows = new ArrayList<String>();
            try (var query = connection.createStatement().executeQuery("SELECT * FROM \"" + name + "\"")) {
                var columns = query.getMetaData().getColumnCount();
                while (query.next()) {
                    var row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) row.append(query.getString(c)).append('\u0001');
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            var digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            result.put(name, rows.size() + " " + HexFormat.of().formatHex(digest.digest()));
        }
        return result;
    }
}
