package org.napacademy.application;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.napacademy.domain.model.shared.DomainRuleViolation;

/**
 * Removals the services cannot fully check beforehand (rows of other areas may still refer to the entity):
 * the database has the last word, and its refusal becomes a rule violation instead of a server error.
 */
final class Flushes {
    private Flushes() { }

    static void orRefuse(Runnable flush, Supplier<? extends DomainRuleViolation> refusal) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            var violation = refusal.get();
            violation.initCause(e);
            throw violation;
        }
    }
}
