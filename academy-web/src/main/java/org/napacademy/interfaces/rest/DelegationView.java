package org.napacademy.interfaces.rest;

import org.napacademy.application.DelegationDetails;

/** A delegation as the API shows it; countryName is English, roadmapId its draft-born roadmap. */
public record DelegationView(Long id, long version, Long cohortId, String countryCode, String countryName,
                             Long roadmapId, long participantCount) {

    static DelegationView of(DelegationDetails details) {
        var delegation = details.delegation();
        var country = delegation.country();
        return new DelegationView(delegation.id(), delegation.version(), delegation.cohort().id(), country.iso2(),
                country.name().en(), details.roadmapId(), details.participantCount());
    }
}
