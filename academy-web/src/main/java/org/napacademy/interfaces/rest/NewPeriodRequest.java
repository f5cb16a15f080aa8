package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.application.PlannedTarget;

public record NewPeriodRequest(@NotNull LocalDate startDate, @NotNull LocalDate endDate,
                               @Valid List<@NotNull TargetRequest> targets) {

    List<PlannedTarget> plannedTargets() {
        return targets == null ? List.of() : targets.stream().map(TargetRequest::toTarget).toList();
    }
}
