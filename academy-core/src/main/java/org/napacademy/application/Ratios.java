package org.napacademy.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Ratios of counts and sums for the outcome figures; empty when there is nothing to divide by. */
public final class Ratios {
    /** Decimal places of shares and rates (0..1). */
    public static final int SCALE = 4;

    private Ratios() {
    }

    public static Optional<BigDecimal> of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    public static Optional<BigDecimal> of(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(part.divide(whole, SCALE, RoundingMode.HALF_UP));
    }
}
