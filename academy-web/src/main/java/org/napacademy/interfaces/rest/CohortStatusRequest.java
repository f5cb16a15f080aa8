package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.programme.CohortStatus;

/** Body of POST /cohorts/{id}/status; {@code version} optional (as is If-Match). */
public record CohortStatusRequest(@NotNull CohortStatus status, Long version) {
}
