package org.napacademy.application;

import java.math.BigDecimal;
import org.napacademy.domain.model.delegation.Sex;

/** A period's target for one sex (null: the total); a qualitative target is a narrative {@code comment}. */
public record PlannedTarget(BigDecimal value, Sex sex, String comment) {
}
