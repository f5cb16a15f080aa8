package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.napacademy.application.SeatChange;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;

/**
 * Body of POST /programmes/{id}/committee and PUT /committee-seats/{id}: what the seat is. {@code subregion} is a
 * vice-president's only; {@code version} is for PUT without If-Match.
 */
public record SeatRequest(
        @NotNull CommitteeRole role,
        Subregion subregion,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as CA") String countryIso2,
        @NotNull LocalDate termStart,
        @NotNull LocalDate termEnd,
        @NotNull Long electedAtCohortId,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public SeatRequest(CommitteeRole role, Subregion subregion, String countryIso2, LocalDate termStart, LocalDate termEnd,
                       Long electedAtCohortId, Long version) {
        this.role = role;
        this.subregion = subregion;
        this.countryIso2 = countryIso2;
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.electedAtCohortId = electedAtCohortId;
        this.version = version;
    }

    SeatChange toChange() { return new SeatChange(role, subregion, countryIso2, termStart, termEnd, electedAtCohortId); }
}
