package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.napacademy.application.PlannedTarget;

/** The period's targets, replacing the old ones; a period's dates are fixed once it exists. */
public record PeriodTargetsRequest(@NotNull @Valid List<@NotNull TargetRequest> targets, Long version) {

    List<PlannedTarget> plannedTargets() { return targets.stream().map(TargetRequest::toTarget).toList(); }
}
