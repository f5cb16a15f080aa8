package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.ReviewDecision;

/** RETURNED needs a {@code comment}. Until sign-in exists, the reviewer names themself. */
public record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 4000) String comment,
                            @NotBlank @Size(max = 200) String reviewer, Long version) {
}
