package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Until sign-in exists, the trainer names themself. */
public record AnswerRequest(@NotBlank @Size(max = 4000) String answer, @NotBlank @Size(max = 100) String trainer, Long version) {
}
