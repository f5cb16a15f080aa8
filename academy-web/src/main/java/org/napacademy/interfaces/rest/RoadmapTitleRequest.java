package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code version} may come in If-Match instead. */
public record RoadmapTitleRequest(@NotBlank @Size(max = 300) String title, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public RoadmapTitleRequest(String title, Long version) {
        this.title = title;
        this.version = version;
    }
}
