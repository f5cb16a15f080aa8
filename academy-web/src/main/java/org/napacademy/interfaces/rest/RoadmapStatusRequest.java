package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** The status to move to; {@code version} (or If-Match) is optional for a transition. */
public record RoadmapStatusRequest(@NotNull RoadmapStatus status, Long version) {
}
