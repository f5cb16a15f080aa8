package org.napacademy.domain.model.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;

/**
 * A rating of a session, anonymous when no participant is given. Individual feedback is personal data:
 * sponsors only see aggregates. The optional self-assessments before and after give a learning gain.
 */
@Entity
@Table(name = "session_feedback", uniqueConstraints = @UniqueConstraint(
        name = "uq_session_feedback_participant", columnNames = {"session_id", "participant_id"}))
public class SessionFeedback extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Min(1) @Max(5) @Column(name = "rating", nullable = false)
    private int rating;

    @Size(max = 2000) @Column(name = "feedback_comment", length = 2000)
    private String comment;

    @Min(1) @Max(5) @Column(name = "pre_assessment")
    private Integer preAssessment;

    @Min(1) @Max(5) @Column(name = "post_assessment")
    private Integer postAssessment;

    protected SessionFeedback() { }       // for JPA only

    SessionFeedback(Session session, Participant participant, int rating, String comment,
                    Integer preAssessment, Integer postAssessment) {
        this.session = session;
        this.participant = participant;
        this.rating = Checks.between(rating, 1, 5, "rating");
        this.comment = Checks.optionalText(comment, 2000, "comment");
        this.preAssessment = Checks.optionalBetween(preAssessment, 1, 5, "self-assessment before");
        this.postAssessment = Checks.optionalBetween(postAssessment, 1, 5, "self-assessment after");
    }

    public Session session() { return session; }

    public Optional<Participant> participant() { return Optional.ofNullable(participant); }

    public int rating() { return rating; }

    public Optional<String> comment() { return Optional.ofNullable(comment); }

    public Optional<Integer> preAssessment() { return Optional.ofNullable(preAssessment); }

    public Optional<Integer> postAssessment() { return Optional.ofNullable(postAssessment); }

    /** Post minus pre self-assessment, when both were given. */
    public Optional<Integer> learningGain() {
        return preAssessment == null || postAssessment == null ? Optional.empty() : Optional.of(postAssessment - preAssessment);
    }
}
