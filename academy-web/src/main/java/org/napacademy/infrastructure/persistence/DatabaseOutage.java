package org.napacademy.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * A request that failed because the database could not be reached is the client's to retry, not an
 * incident: the API answers 503 with Retry-After while /health/ready says DOWN (CrashIT).
 */
public final class DatabaseOutage {
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String TYPE = "database-unavailable";
    public static final String DETAIL = "The database cannot be reached just now; nothing was stored. Try again shortly.";

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or any of its causes, is a failure to reach the database. */
    public static boolean isCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isConnectionFailure(cause)) return true;
        }
        return false;
    }

    /** JDBC's connection exceptions, or SQLState class 08 (connection exception) for drivers that throw plain SQLExceptions. */
    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException) return true;
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }
}
