package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.ReportedActual;
import org.napacademy.domain.model.delegation.Sex;

public record ReportedActualRequest(@NotNull Long periodId, BigDecimal value, Sex sex, @NotNull LocalDate asOf,
                                    @Size(max = 2000) String comment, @Size(max = 1000) String evidenceLink) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ReportedActualRequest(Long periodId, BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
        this.periodId = periodId;
        this.value = value;
        this.sex = sex;
        this.asOf = asOf;
        this.comment = comment;
        this.evidenceLink = evidenceLink;
    }

    ReportedActual toReported() { return new ReportedActual(periodId, value, sex, asOf, comment, evidenceLink); }
}
