package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A delegation's endorsement of its gathering's shared roadmap on a day; {@code version} may come in If-Match instead. */
public record EndorsementRequest(@NotNull Long delegationId, @NotNull LocalDate endorsedOn, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public EndorsementRequest(Long delegationId, LocalDate endorsedOn, Long version) {
        this.delegationId = delegationId;
        this.endorsedOn = endorsedOn;
        this.version = version;
    }
}
