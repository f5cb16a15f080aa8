package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.delegation.Sex;

/** An actual value a progress report brings for one of the delegation's indicator periods. */
public record ReportedActual(Long periodId, BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
}
