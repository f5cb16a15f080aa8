package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.application.Committee;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;

/** A committee seat as the API shows it: a role and a country, never a person; {@code current} while its term covers today. */
public record SeatView(Long id, long version, Long programmeId, CommitteeRole role, Subregion subregion, String countryIso2,
                       String countryName, LocalDate termStart, LocalDate termEnd, Long electedAtCohortId,
                       String electedAtCohortName, boolean current) {

    static SeatView of(CommitteeSeat seat, boolean current) {
        return new SeatView(seat.id(), seat.version(), seat.programme().id(), seat.role(), seat.subregion().orElse(null),
                seat.country().iso2(), seat.country().name().en(), seat.term().start(), seat.term().end(),
                seat.electedAt().id(), seat.electedAt().name(), current);
    }

    static SeatView of(CommitteeSeat seat, LocalDate today) { return of(seat, seat.isCurrentOn(today)); }

    static SeatView of(Committee committee, CommitteeSeat seat) { return of(seat, committee.isCurrent(seat)); }
}
