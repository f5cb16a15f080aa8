package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.IndicatorChanges;
import org.napacademy.domain.model.roadmap.ReferenceFramework;

/** The editable fields of an indicator; its unit and direction are fixed at creation. */
public record IndicatorUpdateRequest(@NotBlank @Size(max = 300) String title, BigDecimal baselineValue,
                                     LocalDate baselineDate, @Size(max = 1000) String meansOfVerification,
                                     @NotNull Boolean disaggregatedBySex, ReferenceFramework referenceFramework,
                                     @Size(max = 50) String referenceCode, Long version) {

    IndicatorChanges toChanges() {
        return new IndicatorChanges(title, baselineValue, baselineDate, meansOfVerification, disaggregatedBySex,
                References.of(referenceFramework, referenceCode));
    }
}
