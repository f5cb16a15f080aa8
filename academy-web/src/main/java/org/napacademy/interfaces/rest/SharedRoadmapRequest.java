package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The title of a gathering's new shared roadmap (e.g. its outcome document). */
public record SharedRoadmapRequest(@NotBlank @Size(max = 300) String title) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public SharedRoadmapRequest(String title) {
        this.title = title;
    }
}
