package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.IndicatorUnit;

/** A new indicator of an outcome or output; {@code reference} may be null. */
public record IndicatorDraft(String title, IndicatorUnit unit, Boolean ascending, BigDecimal baselineValue,
                             LocalDate baselineDate, String meansOfVerification, boolean disaggregatedBySex,
                             ExternalReference reference) {
}
