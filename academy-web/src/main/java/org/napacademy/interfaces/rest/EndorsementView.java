package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.domain.model.roadmap.Endorsement;

/** A delegation's endorsement of its gathering's shared roadmap. */
public record EndorsementView(Long delegationId, String countryCode, String countryName, LocalDate endorsedOn) {

    static EndorsementView of(Endorsement endorsement) {
        var delegation = endorsement.delegation();
        return new EndorsementView(delegation.id(), delegation.country().iso2(), delegation.country().name().en(),
                endorsement.endorsedOn());
    }
}
