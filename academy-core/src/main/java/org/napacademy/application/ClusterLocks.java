package org.napacademy.application;

/**
 * Locks shared by every instance of the platform on one database, for work that must not run twice at once
 * when two instances start or wake together: loading the demo data, creating the first administrator, mailing
 * the daily digests. A lock is held until the current transaction ends; a second instance asking for it waits,
 * then sees what the first one committed.
 */
public interface ClusterLocks {

    /** Waits for the lock called {@code name} and holds it until the current transaction commits or rolls back. */
    void holdUntilCommit(String name);
}
