package org.napacademy.application;

import org.napacademy.domain.model.shared.AbstractEntity;

/** Optimistic locking at the door: a write names the version it read. */
public final class Versions {
    private Versions() {
    }

    public static void requireCurrent(AbstractEntity entity, String name, long expectedVersion) {
        if (entity.version() != expectedVersion) {
            throw new StaleVersion(name, entity.id(), expectedVersion, entity.version());
        }
    }
}
