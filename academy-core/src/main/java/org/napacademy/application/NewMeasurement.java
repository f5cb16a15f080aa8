package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.MeasurementKind;

/** A target or actual for a period. A target is as of the period's end, so its {@code asOf} is not used. */
public record NewMeasurement(MeasurementKind kind, BigDecimal value, Sex sex, LocalDate asOf, String comment,
                             String evidenceLink) {
}
