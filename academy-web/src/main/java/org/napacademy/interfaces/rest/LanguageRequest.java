package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of PUT /me/language: the user interface language to keep for the signed-in user. */
public record LanguageRequest(@NotNull @Pattern(regexp = "en|es|pt|fr", message = "must be one of en, es, pt, fr") String language) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public LanguageRequest(String language) {
        this.language = language;
    }
}
