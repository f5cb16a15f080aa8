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

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewMeasurementRequest(MeasurementKind kind, BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
        this.kind = kind;
        this.value = value;
        this.sex = sex;
        this.asOf = asOf;
        this.comment = comment;
        this.evidenceLink = evidenceLink;
    }

    NewMeasurement toCommand() { return new NewMeasurement(kind, value, sex, asOf, comment, evidenceLink); }
}
