package org.napacademy.application;

import java.time.LocalDate;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;

/**
 * What a committee seat is: its role, the subregion a vice-president represents (null for every other seat), the
 * country holding it (ISO alpha-2), its term and the gathering (a cohort of the seat's programme) that elected it.
 */
public record SeatChange(CommitteeRole role, Subregion subregion, String countryIso2, LocalDate termStart, LocalDate termEnd,
                         long electedAtCohortId) {
}
