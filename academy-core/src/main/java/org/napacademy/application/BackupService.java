package org.napacademy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.security.AccessPolicy;

/**
 * Online backups of the embedded H2 database, for administrators: H2's {@code SCRIPT ... COMPRESSION GZIP}
 * writes every table as SQL in one statement, so from one consistent snapshot while the application keeps
 * serving. {@code RUNSCRIPT FROM '<file>' COMPRESSION GZIP} into an empty database restores it (README,
 * Operations). PostgreSQL is backed up with pg_dump, outside the application.
 */
@ApplicationScoped
public class BackupService {
    private static final Pattern NAME = Pattern.compile("academy-\\d{8}-\\d{6}-\\d{3}\\.sql\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Inject AccessPolicy access;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "academy.backup.dir", defaultValue = "./data/backups") String directory;

    @Resource(lookup = "java:app/jdbc/academy")
    DataSource dataSource;

    /** Writes a new backup file and answers it. Refused (422) unless the database is H2. */
    public synchronized BackupFile backUp() {
        access.requireAdministrator();
        var folder = folder();
        var file = folder.resolve("academy-" + STAMP.format(clock.instant()) + ".sql.gz");
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new BackupRefused("The database is " + product + ", not the embedded H2: back it up with pg_dump "
                        + "(see README, Operations)");
            }
            Files.createDirectories(folder);
            try (var statement = connection.createStatement()) {
                statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION GZIP");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The backup to " + file + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return describe(file);
    }

    /** The backups in the backup directory, newest first. */
    public List<BackupFile> backups() {
        access.requireAdministrator();
        var folder = folder();
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .map(this::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of one backup, by the name {@link #backups()} gave; only names of backups, so no path escapes the directory. */
    public Path file(String name) {
        access.requireAdministrator();
        var file = name != null && NAME.matcher(name).matches() ? folder().resolve(name) : null;
        if (file == null || !Files.isRegularFile(file)) throw new EntityNotFound("backup", name);
        return file;
    }

    private Path folder() {
        return Path.of(directory).toAbsolutePath().normalize();
    }

    private BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
