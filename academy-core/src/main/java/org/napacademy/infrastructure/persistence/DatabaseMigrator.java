package org.napacademy.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
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

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits its own work
    void migrate() {
        var result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
