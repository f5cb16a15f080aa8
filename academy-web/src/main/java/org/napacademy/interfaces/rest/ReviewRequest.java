package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.ReviewDecision;

/** RETURNED needs a {@code comment}. Until sign-in exists, the reviewer names themself. */
public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 4000) String comment,
                            @NotBlank @Size(max = 200) String reviewer, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ReviewRequest(ReviewDecision decision, String comment, String reviewer, Long version) {
        this.decision = decision;
        this.comment = comment;
        this.reviewer = reviewer;
        this.version = version;
    }
}
