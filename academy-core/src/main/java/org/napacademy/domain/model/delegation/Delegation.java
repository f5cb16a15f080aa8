package org.napacademy.domain.model.delegation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/** One country's team in one cohort (at most one per country per cohort, a unique constraint). */
@Entity
@Table(name = "delegation", uniqueConstraints = @UniqueConstraint(
        name = "uq_delegation_cohort_country", columnNames = {"cohort_id", "country_iso2"}))
public class Delegation extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_iso2", nullable = false)
    private Country country;

    @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("familyName, givenName")
    private List<Participant> participants = new ArrayList<>();

    @Transient
    private Set<String> emailIndex;

    protected Delegation() { }            // for JPA only

    public Delegation(Cohort cohort, Country country) {
        this.cohort = Checks.present(cohort, "cohort");
        this.country = Checks.present(country, "country");
        requireOpenCohort();
    }

    /** Adds a member; the first focal point is appointed with {@link #appointFocalPoint}. */
    public Participant enrol(String givenName, String familyName, String email, Institution institution,
                             String position, Sex sex) {
        requireOpenCohort();
        if (email != null && isEnrolled(email.trim()))
            throw new DelegationRuleViolation(email + " is already enrolled in this delegation");
        var participant = new Participant(this, givenName, familyName, email, institution, position, sex);
        participants.add(participant);
        participant.email().ifPresent(address -> emailIndex().add(address.toLowerCase(Locale.ROOT)));
        return participant;
    }

    /**
     * A participant leaves the delegation. The database refuses this once the participant has
     * attendance or feedback on record; keep them and record absences instead.
     */
    public void withdraw(Participant participant) {
        requireMember(participant);
        participants.remove(participant);
        forgetEmails();
    }

    /** The delegation has at most one focal point: the previous one becomes a member. */
    public void appointFocalPoint(Participant participant) {
        requireMember(participant);
        focalPoint().ifPresent(previous -> previous.takeRole(ParticipantRole.MEMBER));
        participant.takeRole(ParticipantRole.FOCAL_POINT);
    }

    public Optional<Participant> focalPoint() { return participants.stream().filter(Participant::isFocalPoint).findFirst(); }

    public boolean includes(Participant participant) {
        return participant != null && participants.stream().anyMatch(p -> p.sameAs(participant));
    }

    private boolean isEnrolled(String email) { return emailIndex().contains(email.toLowerCase(Locale.ROOT)); }

    /**
     * The members' addresses, lower-cased, built at the first enrolment of this instance and kept up to date,
     * so that a bulk import of thousands stays linear. Not persistent: each unit of work builds its own.
     */
    private Set<String> emailIndex() {
        if (emailIndex == null) {
            emailIndex = new HashSet<>();
            participants.forEach(member -> member.email().ifPresent(address -> emailIndex.add(address.toLowerCase(Locale.ROOT))));
        }
        return emailIndex;
    }

    /** A member's address changed or a member left: the index is rebuilt when next needed. */
    void forgetEmails() { emailIndex = null; }

    private void requireMember(Participant participant) {
        if (!includes(participant)) throw new DelegationRuleViolation(participant + " is not a member of this delegation");
    }

    private void requireOpenCohort() {
        if (cohort.isClosed()) throw new DelegationRuleViolation("Cohort " + cohort + " is closed");
    }

    public Cohort cohort() { return cohort; }

    public Country country() { return country; }

    public List<Participant> participants() { return Collections.unmodifiableList(participants); }

    @Override public String toString() { return country + " in " + cohort; }
}
