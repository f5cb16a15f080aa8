package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.napacademy.application.PlannedTarget;
import org.napacademy.domain.model.delegation.Sex;

/** A target for one sex, or for the total when {@code sex} is absent; qualitative targets are a {@code comment}. */
public record TargetRequest(BigDecimal value, Sex sex, @Size(max = 2000) String comment) {

    PlannedTarget toTarget() { return new PlannedTarget(value, sex, comment); }
}
