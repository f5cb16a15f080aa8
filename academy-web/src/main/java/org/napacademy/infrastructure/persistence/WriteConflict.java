package org.napacademy.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;

/**
 * A write the database gave up on because another transaction held the same rows: a lock wait that timed out
 * (H2), a deadlock victim or a serialization failure (PostgreSQL). Nothing was stored; like a version conflict,
 * it is the client's to retry (409), not an incident.
 */
public final class WriteConflict {
    /** SQLState of a serialization failure, a deadlock (PostgreSQL), a lock wait timeout (H2). */
    private static final Set<String> STATES = Set.of("40001", "40P01", "HYT00");

    private WriteConflict() {
    }

    /** Whether {@code failure}, or any of its causes, is the database refusing a write that met another. */
    public static boolean isCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException || cause instanceof SQLTimeoutException) return true;
            if (cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) return true;
        }
        return false;
    }
}
