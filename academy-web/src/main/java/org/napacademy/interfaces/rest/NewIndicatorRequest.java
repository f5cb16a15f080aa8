package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.IndicatorDraft;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ReferenceFramework;

/** {@code baselineValue} is required except for QUALITATIVE indicators; the reference needs both its fields. */
public record NewIndicatorRequest(@NotBlank @Size(max = 300) String title,
                                  @NotNull IndicatorUnit unit,
                                  @NotNull Boolean ascending, BigDecimal baselineValue, LocalDate baselineDate,
                                  @Size(max = 1000) String meansOfVerification, Boolean disaggregatedBySex,
                                  ReferenceFramework referenceFramework, @Size(max = 50) String referenceCode) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewIndicatorRequest(String title, IndicatorUnit unit, Boolean ascending, BigDecimal baselineValue, LocalDate baselineDate, String meansOfVerification, Boolean disaggregatedBySex, ReferenceFramework referenceFramework, String referenceCode) {
        this.title = title;
        this.unit = unit;
        this.ascending = ascending;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
        this.meansOfVerification = meansOfVerification;
        this.disaggregatedBySex = disaggregatedBySex;
        this.referenceFramework = referenceFramework;
        this.referenceCode = referenceCode;
    }

    IndicatorDraft toDraft() {
        return new IndicatorDraft(title, unit, ascending, baselineValue, baselineDate, meansOfVerification,
                Boolean.TRUE.equals(disaggregatedBySex), References.of(referenceFramework, referenceCode));
    }
}
