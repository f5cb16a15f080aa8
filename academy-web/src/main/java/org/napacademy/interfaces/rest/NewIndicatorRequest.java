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

    IndicatorDraft toDraft() {
        return new IndicatorDraft(title, unit, ascending, baselineValue, baselineDate, meansOfVerification,
                Boolean.TRUE.equals(disaggregatedBySex), References.of(referenceFramework, referenceCode));
    }
}
