package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.FeedbackDraft;

/** Body of POST /sessions/{id}/feedback; participantId absent for anonymous feedback. */
public record FeedbackRequest(
        Long participantId,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment,
        @Min(1) @Max(5) Integer preSelfAssessment,
        @Min(1) @Max(5) Integer postSelfAssessment) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public FeedbackRequest(Long participantId, Integer rating, String comment, Integer preSelfAssessment,
            Integer postSelfAssessment) {
        this.participantId = participantId;
        this.rating = rating;
        this.comment = comment;
        this.preSelfAssessment = preSelfAssessment;
        this.postSelfAssessment = postSelfAssessment;
    }

    FeedbackDraft toDraft() { return new FeedbackDraft(participantId, rating, comment, preSelfAssessment, postSelfAssessment); }
}
