package org.napacademy.domain.model.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/**
 * A module delivered to a cohort at a time and place. Times are the venue's local wall-clock time
 * (see {@link #zonedStart()}). Owns its attendance and feedback, so it can keep one of each per participant.
 */
@Entity
@Table(name = "training_session")
public class Session extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false)
    private Module module;

    @NotNull @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @NotNull @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Size(max = 100) @Column(name = "room", length = 100)
    private String room;

    @ElementCollection
    @CollectionTable(name = "training_session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> trainers = new HashSet<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attendance> attendances = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SessionFeedback> feedback = new ArrayList<>();

    protected Session() { }               // for JPA only

    public Session(Cohort cohort, Module module, LocalDateTime start, LocalDateTime end, String room) {
        this.cohort = Checks.present(cohort, "cohort");
        this.module = Checks.present(module, "module");
        if (!module.programme().sameAs(cohort.programme()))
            throw new CurriculumRuleViolation("Module " + module + " is not part of the programme of " + cohort);
        if (cohort.isClosed()) throw new CurriculumRuleViolation("Cohort " + cohort + " is closed");
        reschedule(start, end);
        moveToRoom(room);
    }

    /** The session must end after it starts, and both days must fall within the cohort's dates. */
    public void reschedule(LocalDateTime start, LocalDateTime end) {
        Checks.present(start, "start");
        Checks.present(end, "end");
        if (!end.isAfter(start)) throw new CurriculumRuleViolation("A session must end after it starts");
        if (!cohort.dates().contains(start.toLocalDate()) || !cohort.dates().contains(end.toLocalDate()))
            throw new CurriculumRuleViolation("The session falls outside the cohort's dates " + cohort.dates());
        this.startsAt = start;
        this.endsAt = end;
    }

    public void moveToRoom(String newRoom) { this.room = Checks.optionalText(newRoom, 100, "room"); }

    /** Only the cohort's trainers may run its sessions. */
    public void assignTrainer(String username) {
        if (!cohort.hasTrainer(username)) throw new CurriculumRuleViolation(username + " is not a trainer of " + cohort);
        trainers.add(username);
    }

    public void releaseTrainer(String username) { trainers.remove(username); }

    /** Records or corrects the participant's attendance; one record per participant. */
    public Attendance recordAttendance(Participant participant, AttendanceStatus status) {
        requireCohortParticipant(participant);
        Checks.present(status, "attendance status");
        var existing = attendanceOf(participant);
        existing.ifPresent(a -> a.mark(status));
        return existing.orElseGet(() -> {
            var attendance = new Attendance(this, participant, status);
            attendances.add(attendance);
            return attendance;
        });
    }

    public Optional<Attendance> attendanceOf(Participant participant) {
        return attendances.stream().filter(a -> a.participant().sameAs(participant)).findFirst();
    }

    /** {@code participant} null for anonymous feedback; a named participant gives feedback once. */
    public SessionFeedback collectFeedback(Participant participant, int rating, String comment,
                                           Integer preAssessment, Integer postAssessment) {
        if (participant != null) {
            requireCohortParticipant(participant);
            if (feedback.stream().anyMatch(f -> f.participant().filter(participant::sameAs).isPresent()))
                throw new CurriculumRuleViolation(participant + " already gave feedback on this session");
        }
        var given = new SessionFeedback(this, participant, rating, comment, preAssessment, postAssessment);
        feedback.add(given);
        return given;
    }

    private void requireCohortParticipant(Participant participant) {
        Checks.present(participant, "participant");
        if (!participant.delegation().cohort().sameAs(cohort))
            throw new CurriculumRuleViolation(participant + " is not in a delegation of " + cohort);
    }

    public ZonedDateTime zonedStart() { return startsAt.atZone(cohort.venue().timeZone()); }

    public ZonedDateTime zonedEnd() { return endsAt.atZone(cohort.venue().timeZone()); }

    public Cohort cohort() { return cohort; }

    public Module module() { return module; }

    public LocalDateTime startsAt() { return startsAt; }

    public LocalDateTime endsAt() { return endsAt; }

    public Optional<String> room() { return Optional.ofNullable(room); }

    public Set<String> trainers() { return Collections.unmodifiableSet(new TreeSet<>(trainers)); }

    public List<Attendance> attendances() { return Collections.unmodifiableList(attendances); }

    public List<SessionFeedback> feedback() { return Collections.unmodifiableList(feedback); }

    @Override public String toString() { return module + " at " + startsAt; }
}
