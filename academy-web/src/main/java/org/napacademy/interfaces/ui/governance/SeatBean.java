package org.napacademy.interfaces.ui.governance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.napacademy.application.SeatChange;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;

/** What the seat form edits; the constraints mirror the REST request (SeatRequest). */
public class SeatBean {
    private Long id;
    private long version;
    @NotNull private CommitteeRole role;
    private Subregion subregion;
    @NotNull @Pattern(regexp = "[A-Z]{2}") private String countryIso2;
    @NotNull private LocalDate termStart;
    @NotNull private LocalDate termEnd;
    @NotNull private Long electedAtCohortId;

    /** A new seat, elected at {@code gatheringId} (the newest gathering, if any) for a term starting when it ends. */
    static SeatBean elected(Long gatheringId, LocalDate termStart) {
        var bean = new SeatBean();
        bean.electedAtCohortId = gatheringId;
        bean.termStart = termStart;
        return bean;
    }

    static SeatBean of(CommitteeSeat seat) {
        var bean = new SeatBean();
        bean.id = seat.id();
        bean.version = seat.version();
        bean.role = seat.role();
        bean.subregion = seat.subregion().orElse(null);
        bean.countryIso2 = seat.country().iso2();
        bean.termStart = seat.term().start();
        bean.termEnd = seat.term().end();
        bean.electedAtCohortId = seat.electedAt().id();
        return bean;
    }

    SeatChange toChange() {
        return new SeatChange(role, role == CommitteeRole.VICE_PRESIDENT ? subregion : null, countryIso2, termStart, termEnd,
                electedAtCohortId);
    }

    boolean isNew() { return id == null; }

    public Long getId() { return id; }

    public long getVersion() { return version; }

    public CommitteeRole getRole() { return role; }

    public void setRole(CommitteeRole role) { this.role = role; }

    public Subregion getSubregion() { return subregion; }

    public void setSubregion(Subregion subregion) { this.subregion = subregion; }

    public String getCountryIso2() { return countryIso2; }

    public void setCountryIso2(String countryIso2) { this.countryIso2 = countryIso2; }

    public LocalDate getTermStart() { return termStart; }

    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }

    public LocalDate getTermEnd() { return termEnd; }

    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }

    public Long getElectedAtCohortId() { return electedAtCohortId; }

    public void setElectedAtCohortId(Long electedAtCohortId) { this.electedAtCohortId = electedAtCohortId; }
}
