package org.napacademy.domain.model.accompaniment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/** A delegation asks the academy for technical help on a topic of the curriculum. */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module topic;

    @NotBlank @Size(max = 100) @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @NotBlank @Size(max = 4000) @Column(name = "request_text", nullable = false, length = 4000)
    private String text;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "urgency", nullable = false, length = 10)
    private Urgency urgency;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
    private AssistanceStatus status;

    @NotNull @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Size(max = 4000) @Column(name = "answer", length = 4000)
    private String answer;

    @Size(max = 100) @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Embedded
    private MentoringSlot mentoringSession;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected AssistanceRequest() { }     // for JPA only

    /** {@code topic} may be null for a general question; otherwise a module of the cohort's programme. */
    public AssistanceRequest(Delegation delegation, Module topic, String raisedBy, String text, Urgency urgency, Instant raisedAt) {
        this.delegation = Checks.present(delegation, "delegation");
        if (topic != null && !topic.programme().sameAs(delegation.cohort().programme()))
            throw new AccompanimentRuleViolation("Module " + topic + " is not part of the delegation's programme");
        this.topic = topic;
        this.raisedBy = Checks.text(raisedBy, 100, "raised by");
        this.text = Checks.text(text, 4000, "request");
        this.urgency = Checks.present(urgency, "urgency");
        this.raisedAt = Checks.present(raisedAt, "time");
        this.status = AssistanceStatus.OPEN;
    }

    /**
     * A later answer replaces the earlier one; the response time keeps counting from the first. A request with a
     * mentoring session scheduled stays SCHEDULED: the session is still to come.
     */
    public void answer(String answerText, String trainer, Instant at) {
        var text = Checks.text(answerText, 4000, "answer");
        var by = Checks.text(trainer, 100, "trainer");
        Checks.present(at, "time");
        if (at.isBefore(raisedAt)) throw new AccompanimentRuleViolation("An answer cannot precede the request");
        if (status != AssistanceStatus.SCHEDULED) moveTo(AssistanceStatus.ANSWERED);
        this.answer = text;
        this.answeredBy = by;
        if (answeredAt == null) this.answeredAt = at;
    }

    /**
     * Arranges (or moves) the mentoring session that handles the request: an open, answered or already scheduled
     * request may have one, a closed one not; the session cannot start before the request was raised.
     */
    public void scheduleMentoring(MentoringSlot slot) {
        Checks.present(slot, "mentoring session");
        if (status == AssistanceStatus.CLOSED) throw new AccompanimentRuleViolation("A closed request gets no mentoring session");
        if (slot.startsAt().atZone(timeZone()).toInstant().isBefore(raisedAt))
            throw new AccompanimentRuleViolation("The mentoring session cannot start before the request was raised");
        if (status != AssistanceStatus.SCHEDULED) moveTo(AssistanceStatus.SCHEDULED);
        this.mentoringSession = slot;
    }

    /** The request is settled; nothing more happens to it. */
    public void close(Instant at) {
        Checks.present(at, "time");
        if (at.isBefore(raisedAt)) throw new AccompanimentRuleViolation("A request cannot be closed before it was raised");
        moveTo(AssistanceStatus.CLOSED);
        this.closedAt = at;
    }

    private void moveTo(AssistanceStatus next) {
        if (!status.mayBecome(next)) throw new AccompanimentRuleViolation("A " + status + " request cannot become " + next);
        status = next;
    }

    /** From raising to the first answer; empty while unanswered. */
    public Optional<Duration> responseTime() {
        return Optional.ofNullable(answeredAt).map(at -> Duration.between(raisedAt, at));
    }

    public Delegation delegation() { return delegation; }

    public Optional<Module> topic() { return Optional.ofNullable(topic); }

    public String raisedBy() { return raisedBy; }

    public String text() { return text; }

    public Urgency urgency() { return urgency; }

    public AssistanceStatus status() { return status; }

    public Instant raisedAt() { return raisedAt; }

    public Optional<String> answer() { return Optional.ofNullable(answer); }

    public Optional<String> answeredBy() { return Optional.ofNullable(answeredBy); }

    public Optional<Instant> answeredAt() { return Optional.ofNullable(answeredAt); }

    public Optional<MentoringSlot> mentoringSession() { return Optional.ofNullable(mentoringSession); }

    /** The zone of the mentoring session's wall-clock time: the cohort venue's, as for its training sessions. */
    public ZoneId timeZone() { return delegation.cohort().venue().timeZone(); }

    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }

    public boolean isClosed() { return status == AssistanceStatus.CLOSED; }
}
