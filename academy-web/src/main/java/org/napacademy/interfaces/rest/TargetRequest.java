package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.napacademy.application.PlannedTarget;
import org.napacademy.domain.model.delegation.Sex;

/** A target for one sex, or for the total when {@code sex} is absent; qualitative targets are a {@code comment}. */
public record TargetRequest(BigDecimal value, Sex sex, @Size(max = 2000) String comment) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public TargetRequest(BigDecimal value, Sex sex, String comment) {
        this.value = value;
        this.sex = sex;
        this.comment = comment;
    }

    PlannedTarget toTarget() { return new PlannedTarget(value, sex, comment); }
}
