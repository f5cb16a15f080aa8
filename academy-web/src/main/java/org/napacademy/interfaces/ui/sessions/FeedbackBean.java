package org.napacademy.interfaces.ui.sessions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.FeedbackDraft;

/** Anonymous feedback on a session as the form edits it; mirrors the REST FeedbackRequest. */
public class FeedbackBean {
    @NotNull @Min(1) @Max(5) private Integer rating;
    @Size(max = 2000) private String comment;
    @Min(1) @Max(5) private Integer preSelfAssessment;
    @Min(1) @Max(5) private Integer postSelfAssessment;

    FeedbackDraft toDraft() {
        return new FeedbackDraft(null, rating, comment == null || comment.isBlank() ? null : comment.trim(),
                preSelfAssessment, postSelfAssessment);
    }

    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Integer getPreSelfAssessment() { return preSelfAssessment; }
    public void setPreSelfAssessment(Integer preSelfAssessment) { this.preSelfAssessment = preSelfAssessment; }
    public Integer getPostSelfAssessment() { return postSelfAssessment; }
    public void setPostSelfAssessment(Integer postSelfAssessment) { this.postSelfAssessment = postSelfAssessment; }
}
