package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.ReportedActual;
import org.napacademy.domain.model.delegation.Sex;

public record ReportedActualRequest(@NotNull Long periodId, BigDecimal value, Sex sex, @NotNull LocalDate asOf,
                                    @Size(max = 2000) String comment, @Size(max = 1000) String evidenceLink) {

    ReportedActual toReported() { return new ReportedActual(periodId, value, sex, asOf, comment, evidenceLink); }
}
