package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.MeasurementKind;

/**
 * A measurements' file row, in the columns of the roadmap's measurements export: the indicator named by its
 * node's number in the tree ({@code path}, e.g. 1.2) and its title, the period by its dates, {@code sex} null
 * for the total, {@code kind} null for an actual.
 */
public record ImportedActual(String path, String indicator, LocalDate periodStart, LocalDate periodEnd,
                             MeasurementKind kind, Sex sex, BigDecimal value, LocalDate asOf, String comment) {
}
