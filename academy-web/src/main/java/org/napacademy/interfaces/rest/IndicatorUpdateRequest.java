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

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public IndicatorUpdateRequest(String title, BigDecimal baselineValue, LocalDate baselineDate, String meansOfVerification, Boolean disaggregatedBySex, ReferenceFramework referenceFramework, String referenceCode, Long version) {
        this.title = title;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
        this.meansOfVerification = meansOfVerification;
        this.disaggregatedBySex = disaggregatedBySex;
        this.referenceFramework = referenceFramework;
        this.referenceCode = referenceCode;
        this.version = version;
    }

    IndicatorChanges toChanges() {
        return new IndicatorChanges(title, baselineValue, baselineDate, meansOfVerification, disaggregatedBySex,
                References.of(referenceFramework, referenceCode));
    }
}
