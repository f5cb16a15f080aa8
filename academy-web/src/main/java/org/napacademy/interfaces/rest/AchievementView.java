package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.domain.model.roadmap.Achievement;

/** {@code ratio} = (actual - baseline) / (target - baseline); 1 means the target is met. */
public record AchievementView(BigDecimal baseline, BigDecimal target, BigDecimal actual, LocalDate asOf,
                              BigDecimal ratio, BigDecimal percent, boolean targetMet) {

    static AchievementView of(Achievement achievement) {
        return new AchievementView(achievement.baseline(), achievement.target(), achievement.actual(), achievement.asOf(),
                achievement.ratio(), achievement.percent(), achievement.targetMet());
    }
}
