package org.napacademy.application;

import org.napacademy.domain.model.delegation.Delegation;

/** A delegation with its country loaded, the id of its roadmap and its number of participants. */
public record DelegationDetails(Delegation delegation, Long roadmapId, long participantCount) {
}
