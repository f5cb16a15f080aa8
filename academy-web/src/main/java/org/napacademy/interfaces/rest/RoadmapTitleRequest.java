package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code version} may come in If-Match instead. */
public record RoadmapTitleRequest(@NotBlank @Size(max = 300) String title, Long version) {
}
