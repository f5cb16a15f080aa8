package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.roadmap.ExternalReference;

/** The editable fields of an indicator; its unit and direction are fixed when it is created. */
public record IndicatorChanges(String title, BigDecimal baselineValue, LocalDate baselineDate, String meansOfVerification,
                               boolean disaggregatedBySex, ExternalReference reference) {
}
