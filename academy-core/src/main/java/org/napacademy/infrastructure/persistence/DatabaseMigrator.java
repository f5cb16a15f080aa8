package org.napacademy.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before the application takes requests: a startup singleton runs
 * inside deployment, whereas a CDI observer of the initialized application scope may run after the
 * first request.
 */
@Startup
@Singleton
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/academy")
    DataSource dataSource;

    @Inject
    SchemaStatus status;

    @Inject
    @ConfigProperty(name = "academy.db.url")
    String url;

    /**
     * Test-only: the integration tests on PostgreSQL start one app after another on the same database and
     * need it empty each time, as the in-memory H2 database is. Only a value equal to academy.db.url wipes,
     * so the database to destroy is named twice and a stray "true" does nothing.
     */
    @Inject
    @ConfigProperty(name = "academy.it.wipe-database")
    Optional<String> wipeDatabase;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits its own work
    void migrate() {
        var wipe = wipeDatabase.filter(url::equals).isPresent();
        wipeDatabase.filter(value -> !wipe).ifPresent(value ->
                LOG.warning("academy.it.wipe-database is set but does not name academy.db.url: the database is kept"));
        var flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(!wipe)
                .load();
        if (wipe) {
            LOG.warning(() -> "academy.it.wipe-database: dropping every object of " + url + " before migrating");
            flyway.clean();
        }
        var result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
        writeCommitsAtOnce();
        status.markMigrated();
    }

    /**
     * H2 writes committed transactions to its file up to WRITE_DELAY (500 ms) later, so a killed JVM lost
     * writes it had acknowledged (CrashIT). 0 stores each commit before the commit returns; the setting is
     * persistent and covers any H2 URL an operator configures.
     */
    private void writeCommitsAtOnce() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) statement.execute("SET WRITE_DELAY 0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make H2 write each commit at once", e);
        }
    }
}
