package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.shared.AbstractEntity;

/** Feedback on a session; participantId null when anonymous; learningGain is post minus pre self-assessment. */
public record FeedbackView(Long id, long version, Long sessionId, Long participantId, int rating, String comment,
                           Integer preSelfAssessment, Integer postSelfAssessment, Integer learningGain) {

    static FeedbackView of(SessionFeedback feedback) {
        return new FeedbackView(feedback.id(), feedback.version(), feedback.session().id(),
                feedback.participant().map(AbstractEntity::id).orElse(null), feedback.rating(),
                feedback.comment().orElse(null), feedback.preAssessment().orElse(null),
                feedback.postAssessment().orElse(null), feedback.learningGain().orElse(null));
    }
}
