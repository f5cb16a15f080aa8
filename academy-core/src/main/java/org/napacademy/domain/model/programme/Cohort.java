package org.napacademy.domain.model.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * One edition of a programme, e.g. "2025 Panama City". Trainers are referred to by username so the
 * cohort does not depend on user accounts.
 */
@Entity
@Table(name = "cohort")
public class Cohort extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @NotBlank @Size(max = 200) @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull @Valid @Embedded
    private Venue venue;

    @NotNull @Valid @Embedded
    private DateRange dates;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
    private CohortStatus status;

    @ManyToMany
    @JoinTable(name = "cohort_sponsor", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "sponsor_id"))
    private Set<Sponsor> sponsors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> trainers = new HashSet<>();

    protected Cohort() { }                // for JPA only

    public Cohort(Programme programme, String name, Venue venue, DateRange dates) {
        this.programme = Checks.present(programme, "programme");
        this.status = CohortStatus.PLANNED;
        rename(name);
        this.venue = Checks.present(venue, "venue");
        this.dates = Checks.present(dates, "dates");
    }

    public void rename(String newName) { this.name = Checks.text(newName, 200, "cohort name"); }

    /**
     * Only while planned. Sessions are not held by the cohort, so the caller (the application service)
     * must see that scheduled sessions still fit the new dates.
     */
    public void reschedule(DateRange newDates) {
        requireStatus(CohortStatus.PLANNED, "rescheduled");
        this.dates = Checks.present(newDates, "dates");
    }

    public void relocate(Venue newVenue) {
        requireStatus(CohortStatus.PLANNED, "moved to another venue");
        this.venue = Checks.present(newVenue, "venue");
    }

    public void startSessions() { moveTo(CohortStatus.IN_SESSION); }

    public void startAccompaniment() { moveTo(CohortStatus.ACCOMPANIMENT); }

    public void close() { moveTo(CohortStatus.CLOSED); }

    private void moveTo(CohortStatus next) {
        if (!status.mayBecome(next)) throw new CohortRuleViolation("A " + status + " cohort cannot become " + next);
        status = next;
    }

    private void requireStatus(CohortStatus required, String what) {
        if (status != required) throw new CohortRuleViolation("Only a " + required + " cohort can be " + what + "; this one is " + status);
    }

    public void addSponsor(Sponsor sponsor) { sponsors.add(Checks.present(sponsor, "sponsor")); }

    public void removeSponsor(Sponsor sponsor) { sponsors.remove(sponsor); }

    public void assignTrainer(String username) { trainers.add(Checks.text(username, 100, "trainer username")); }

    public void releaseTrainer(String username) { trainers.remove(username); }

    public boolean hasTrainer(String username) { return trainers.contains(username); }

    public boolean isClosed() { return status == CohortStatus.CLOSED; }

    public Programme programme() { return programme; }

    public String name() { return name; }

    public Venue venue() { return venue; }

    public DateRange dates() { return dates; }

    public CohortStatus status() { return status; }

    public Set<Sponsor> sponsors() { return Collections.unmodifiableSet(sponsors); }

    public Set<String> trainers() { return Collections.unmodifiableSet(new TreeSet<>(trainers)); }

    @Override public String toString() { return name; }
}
