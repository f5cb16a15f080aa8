package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Until sign-in exists, the trainer names themself. */
public record AnswerRequest(@NotBlank @Size(max = 4000) String answer, @NotBlank @Size(max = 100) String trainer, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public AnswerRequest(String answer, String trainer, Long version) {
        this.answer = answer;
        this.trainer = trainer;
        this.version = version;
    }
}
