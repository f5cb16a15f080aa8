package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;

/** A target or actual; {@code sex} absent for the total. */
public record MeasurementView(Long id, long version, Long periodId, MeasurementKind kind, BigDecimal value, Sex sex,
                              LocalDate asOf, String comment, String evidenceLink) {

    static MeasurementView of(Measurement measurement) {
        return new MeasurementView(measurement.id(), measurement.version(), measurement.period().id(), measurement.kind(),
                measurement.value().orElse(null), measurement.sex().orElse(null), measurement.asOf(),
                measurement.comment().orElse(null), measurement.evidenceLink().orElse(null));
    }
}
