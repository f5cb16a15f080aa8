package org.napacademy.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Until academy.db.password had a default, an empty one reached H2 unresolved: Payara handed over the literal
 * reference below, and H2 made it the password of every file database created that way. Such a database no longer
 * opens with the configured password; this opens it with the old one once and sets the configured password, so an
 * upgrade needs no manual step. Nothing is done for other databases, or when the configured password already works.
 */
final class LegacyH2Password {
    static final String UNRESOLVED = "${MPCONFIG=academy.db.password}";
    /** H2's error code for a wrong user name or password. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final Logger LOG = Logger.getLogger(LegacyH2Password.class.getName());

    private LegacyH2Password() { }

    /**
     * {@code opener} opens a connection to the configured database with a user and password (the configured
     * data source class, outside the pool).
     */
    static boolean repairIfNeeded(String url, String user, String password, Opener opener) {
        if (url == null || !url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || password == null
                || password.equals(UNRESOLVED)) return false;
        try (var ignored = opener.open(user, password)) {
            return false;
        } catch (SQLException refused) {
            if (refused.getErrorCode() != WRONG_USER_OR_PASSWORD) return false;
        }
        try (var legacy = opener.open(user, UNRESOLVED); var statement = legacy.createStatement()) {
            statement.execute("ALTER USER " + identifier(user) + " SET PASSWORD " + literal(password));
            LOG.warning("The H2 database " + url + " had the unresolved text " + UNRESOLVED
                    + " as its password (academy.db.password was empty); it now has the configured password");
            return true;
        } catch (SQLException stillRefused) {
            return false;       // another password altogether: the pool reports it as it always did
        }
    }

    /** The configured data source class outside the pool: one connection, closed at once. */
    static Optional<Opener> through(String dataSourceClass, String url) {
        try {
            var dataSource = (DataSource) Class.forName(dataSourceClass, true, Thread.currentThread().getContextClassLoader())
                    .getDeclaredConstructor().newInstance();
            dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, url);
            return Optional.of(dataSource::getConnection);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError notH2Like) {
            return Optional.empty();
        }
    }

    private static String identifier(String user) {
        return "\"" + user.toUpperCase(java.util.Locale.ROOT).replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) { return "'" + text.replace("'", "''") + "'"; }

    /** Opens a connection as a user with a password. */
    @FunctionalInterface
    interface Opener {
        Connection open(String user, String password) throws SQLException;
    }
}
