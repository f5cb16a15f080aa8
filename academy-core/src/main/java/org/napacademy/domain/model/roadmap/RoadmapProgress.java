package org.napacademy.domain.model.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A roadmap's progress at a glance. Counts leave out cancelled branches. Activities are ACTIVITY nodes;
 * done means their rolled-up status is DONE. Indicators are measured when they have an achievement
 * (a total target and actual in some period), and on track when {@link Indicator#isOnTrack()};
 * {@code achievementSum} adds up the achievement ratios of the measured indicators.
 */
public record RoadmapProgress(int activities, int activitiesDone, int indicators, int indicatorsMeasured,
                              int indicatorsOnTrack, BigDecimal achievementSum) {

    public static final RoadmapProgress NONE = new RoadmapProgress(0, 0, 0, 0, 0, BigDecimal.ZERO);

    /** Adds up two roadmaps' counts, e.g. for a cohort. */
    public RoadmapProgress plus(RoadmapProgress other) {
        return new RoadmapProgress(activities + other.activities, activitiesDone + other.activitiesDone,
                indicators + other.indicators, indicatorsMeasured + other.indicatorsMeasured,
                indicatorsOnTrack + other.indicatorsOnTrack, achievementSum.add(other.achievementSum));
    }

    /** Mean achievement ratio of the measured indicators (1 = target met); empty when none is measured. */
    public Optional<BigDecimal> averageAchievement() {
        return indicatorsMeasured == 0 ? Optional.empty()
                : Optional.of(achievementSum.divide(BigDecimal.valueOf(indicatorsMeasured), Achievement.SCALE, RoundingMode.HALF_UP));
    }

    /** Share of activities done, 0..1; empty without activities. */
    public Optional<BigDecimal> activitiesDoneShare() { return share(activitiesDone, activities); }

    /** Share of measured indicators that are on track, 0..1; empty when none is measured yet. */
    public Optional<BigDecimal> indicatorsOnTrackShare() { return share(indicatorsOnTrack, indicatorsMeasured); }

    private static Optional<BigDecimal> share(int part, int whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Achievement.SCALE, RoundingMode.HALF_UP));
    }
}
