package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.NewMeasurement;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.MeasurementKind;

/** An ACTUAL needs {@code asOf}; a TARGET is as of the period's end. */
public record NewMeasurementRequest(@NotNull MeasurementKind kind, BigDecimal value, Sex sex, LocalDate asOf,
                                    @Size(max = 2000) String comment, @Size(max = 1000) String evidenceLink) {

    NewMeasurement toCommand() { return new NewMeasurement(kind, value, sex, asOf, comment, evidenceLink); }
}
