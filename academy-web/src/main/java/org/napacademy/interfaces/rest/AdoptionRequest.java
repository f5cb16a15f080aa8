package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the gathering adopted its shared roadmap; {@code version} may come in If-Match instead. */
public record AdoptionRequest(@NotNull LocalDate adoptedOn, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public AdoptionRequest(LocalDate adoptedOn, Long version) {
        this.adoptedOn = adoptedOn;
        this.version = version;
    }
}
