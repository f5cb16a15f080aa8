package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;

/** {@code shared}: whether the other delegations of the cohort may read the roadmap; {@code version} may come in If-Match instead. */
public record RoadmapSharingRequest(@NotNull Boolean shared, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public RoadmapSharingRequest(Boolean shared, Long version) {
        this.shared = shared;
        this.version = version;
    }
}
