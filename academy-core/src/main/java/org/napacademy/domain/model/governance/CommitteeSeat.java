package org.napacademy.domain.model.governance;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A seat on the executive committee of a programme run as a network: its role, the country that holds it (people
 * are never named), the subregion a vice-president represents, its term and the gathering (a cohort of the same
 * programme) that elected it. That only one president serves at a time needs the other seats: see
 * {@link #requireSolePresidency(Collection)}. Every election, change and removal leaves an audit record.
 */
@Entity
@Table(name = "committee_seat")
public class CommitteeSeat extends AbstractEntity implements Audited {

    /** President first, then the vice-presidents by subregion, then the other seats; the newest term first within a role. */
    public static final Comparator<CommitteeSeat> COMMITTEE_ORDER = Comparator.comparing(CommitteeSeat::role)
            .thenComparing(seat -> seat.subregion, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(seat -> seat.term.start(), Comparator.reverseOrder())
            .thenComparing(seat -> seat.country.iso2());

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20)
    private CommitteeRole role;

    @Enumerated(EnumType.STRING) @Column(name = "subregion", length = 20)
    private Subregion subregion;

    @NotNull @ManyToOne(optional = false)
    @JoinColumn(name = "country_iso2", nullable = false)
    private Country country;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "term_start", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "term_end", nullable = false))})
    private DateRange term;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "elected_at_cohort_id", nullable = false)
    private Cohort electedAt;

    protected CommitteeSeat() { }         // for JPA only

    /** {@code subregion}: a vice-president's, and only theirs (null for every other seat). */
    public CommitteeSeat(Programme programme, CommitteeRole role, Subregion subregion, Country country, DateRange term, Cohort electedAt) {
        this.programme = Checks.present(programme, "programme");
        reassign(role, subregion, country);
        recordElection(electedAt, term);
    }

    /** Gives the seat another role, subregion or country, e.g. after a correction or a reshuffle. */
    public void reassign(CommitteeRole newRole, Subregion newSubregion, Country newCountry) {
        Checks.present(newRole, "role");
        Checks.present(newCountry, "country");
        if (newRole.representsSubregion()) {
            if (newSubregion == null)
                throw new GovernanceRuleViolation("A vice-president represents a subregion: name it");
            if (newCountry.subregion() != newSubregion)
                throw new GovernanceRuleViolation(newCountry.name().en() + " lies in " + newCountry.subregion()
                        + ", not in " + newSubregion + ", the subregion this vice-president represents");
        } else if (newSubregion != null) {
            throw new GovernanceRuleViolation("Only a vice-president represents a subregion, not a " + newRole);
        }
        this.role = newRole;
        this.subregion = newSubregion;
        this.country = newCountry;
    }

    /** The gathering that elected the seat and the term it gave; the term starts at the gathering at the earliest. */
    public void recordElection(Cohort gathering, DateRange newTerm) {
        Checks.present(gathering, "gathering");
        Checks.present(newTerm, "term");
        if (!gathering.programme().sameAs(programme))
            throw new GovernanceRuleViolation("Gathering " + gathering.name() + " belongs to another programme than " + programme.name());
        if (newTerm.start().isBefore(gathering.dates().start()))
            throw new GovernanceRuleViolation("A term starts at the earliest when the gathering that elects it does, "
                    + gathering.dates().start() + ", not " + newTerm.start());
        this.electedAt = gathering;
        this.term = newTerm;
    }

    /** Changes the term the gathering gave, e.g. a mandate shortened or prolonged by the network's rules. */
    public void changeTerm(DateRange newTerm) { recordElection(electedAt, newTerm); }

    /** Prolongs (or shortens) the term to end on {@code newEnd}. */
    public void extendTerm(LocalDate newEnd) { changeTerm(new DateRange(term.start(), Checks.present(newEnd, "end of term"))); }

    /**
     * Refuses a presidency whose term overlaps another's: {@code overlapping} are the programme's presidencies
     * found to share days with this seat's term (this seat among them or not).
     */
    public void requireSolePresidency(Collection<CommitteeSeat> overlapping) {
        if (role != CommitteeRole.PRESIDENT) return;
        overlapping.stream()
                .filter(other -> !other.sameAs(this) && other.role == CommitteeRole.PRESIDENT && other.programme.sameAs(programme)
                        && other.term.overlaps(term))
                .findFirst()
                .ifPresent(other -> {
                    throw new GovernanceRuleViolation("The committee has one president at a time: " + other.country.name().en()
                            + " presides from " + other.term.start() + " to " + other.term.end());
                });
    }

    /** True while the term covers {@code day}. */
    public boolean isCurrentOn(LocalDate day) { return term.contains(day); }

    public Programme programme() { return programme; }

    public CommitteeRole role() { return role; }

    public Optional<Subregion> subregion() { return Optional.ofNullable(subregion); }

    public Country country() { return country; }

    public DateRange term() { return term; }

    public Cohort electedAt() { return electedAt; }

    @Override public AuditState auditState() {
        return AuditState.of().with("programme", programme).with("role", role).with("subregion", subregion)
                .with("country", country.iso2()).with("termStart", term.start()).with("termEnd", term.end())
                .with("electedAt", electedAt);
    }

    @Override public String toString() { return role + " " + country; }
}
