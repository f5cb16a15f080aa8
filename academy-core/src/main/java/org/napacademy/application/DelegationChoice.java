package org.napacademy.application;

import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.LocalizedText;

/** A delegation a delegate may be linked to, named by its country and its cohort. */
public record DelegationChoice(long id, LocalizedText country, String cohort) {

    static DelegationChoice of(Delegation delegation) {
        return new DelegationChoice(delegation.id(), delegation.country().name(), delegation.cohort().name());
    }
}
