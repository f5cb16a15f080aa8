package org.napacademy.application;

import java.math.BigDecimal;
import java.util.Optional;

/** Budget planned in one currency, with the part whose lines carry gender marker 1 or 2. */
public record BudgetOutcome(String currency, BigDecimal planned, BigDecimal genderResponsive) {

    /** Share of the planned amount marked gender-responsive, 0..1; empty when nothing is planned. */
    public Optional<BigDecimal> genderResponsiveShare() { return Ratios.of(genderResponsive, planned); }
}
