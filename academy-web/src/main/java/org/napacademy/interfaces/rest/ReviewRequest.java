package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.ReviewDecision;

/** RETURNED needs a {@code comment}. The reviewer on record is the signed-in user. */
public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 4000) String comment, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ReviewRequest(ReviewDecision decision, String comment, Long version) {
        this.decision = decision;
        this.comment = comment;
        this.version = version;
    }
}
