package org.napacademy.application;

import java.time.LocalDate;
import org.napacademy.domain.model.roadmap.Endorsement;

/** A delegation's endorsement of a gathering's shared roadmap, as the roadmap screen lists it. */
public record EndorsementOutline(long delegationId, LocalDate endorsedOn) {

    static EndorsementOutline of(Endorsement endorsement) {
        return new EndorsementOutline(endorsement.delegation().id(), endorsement.endorsedOn());
    }
}
