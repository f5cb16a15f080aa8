package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The answer; who answered is the signed-in user. */
public record AnswerRequest(@NotBlank @Size(max = 4000) String answer, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public AnswerRequest(String answer, Long version) {
        this.answer = answer;
        this.version = version;
    }
}
