package org.napacademy.domain.model.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How far an actual value has come from the baseline toward the target:
 * {@code ratio = (actual - baseline) / (target - baseline)}, 1 meaning the target is met. The formula
 * serves descending indicators unchanged (target below baseline: both differences are negative).
 * The ratio is not capped: above 1 is over-achievement, below 0 a move away from the target.
 * When target equals baseline (the aim is to hold the level) the ratio is 1 if the actual is at the
 * baseline or better in the indicator's direction, else 0.
 */
public record Achievement(BigDecimal baseline, BigDecimal target, BigDecimal actual, LocalDate asOf, BigDecimal ratio) {

    public static final int SCALE = 4;

    static Achievement of(boolean ascending, BigDecimal baseline, BigDecimal target, BigDecimal actual, LocalDate asOf) {
        BigDecimal ratio;
        if (target.compareTo(baseline) == 0) {
            int progress = actual.compareTo(baseline);
            ratio = (ascending ? progress >= 0 : progress <= 0) ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            ratio = actual.subtract(baseline).divide(target.subtract(baseline), SCALE, RoundingMode.HALF_UP);
        }
        return new Achievement(baseline, target, actual, asOf, ratio.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** The ratio in percent, e.g. 62.5. */
    public BigDecimal percent() { return ratio.movePointRight(2).setScale(SCALE - 2, RoundingMode.HALF_UP); }

    public boolean targetMet() { return ratio.compareTo(BigDecimal.ONE) >= 0; }
}
