package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the schema is migrated, for the readiness check: asking the migrator itself while it still
 * migrates (a singleton in its @PostConstruct) fails, and the check answered 500 instead of DOWN.
 */
@ApplicationScoped
public class SchemaStatus {
    private volatile boolean migrated;

    void markMigrated() {
        migrated = true;
    }

    public boolean migrated() {
        return migrated;
    }
}
