package org.napacademy.application;

/** Feedback on a session; {@code participantId} null for anonymous feedback. Ratings and assessments are 1-5. */
public record FeedbackDraft(Long participantId, int rating, String comment, Integer preSelfAssessment,
                            Integer postSelfAssessment) {
}
