package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class WriteConflictTest {

    @Test
    void a_lock_wait_timeout_deadlock_or_serialization_failure_under_the_persistence_layer_is_a_write_conflict() {
        assertThat(WriteConflict.isCause(new PersistenceException(new SQLTimeoutException("Timeout trying to lock table", "HYT00", 50200)))).isTrue();
        assertThat(WriteConflict.isCause(new RuntimeException(new SQLTransactionRollbackException("deadlock")))).isTrue();
        assertThat(WriteConflict.isCause(new PersistenceException(new SQLException("could not serialize access", "40001")))).isTrue();
        assertThat(WriteConflict.isCause(new PersistenceException(new SQLException("deadlock detected", "40P01")))).isTrue();
    }

    @Test
    void other_database_failures_are_not() {
        assertThat(WriteConflict.isCause(new PersistenceException(new SQLException("unique violation", "23505")))).isFalse();
        assertThat(WriteConflict.isCause(new IllegalStateException("no database at all"))).isFalse();
    }
}
