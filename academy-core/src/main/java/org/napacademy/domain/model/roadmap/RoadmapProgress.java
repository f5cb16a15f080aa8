package org.napacademy.domain.model.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A roadmap's progress at a glance. Counts leave out cancelled branches. Activities are ACTIVITY nodes;
 * done means their rolled-up status is DONE. Indicators are measured when they have an achievement
 * (a total target and actual in some period), and on track when {@link Indicator#isOnTrack()}.
 */
public record RoadmapProgress(int activities, int activitiesDone, int indicators, int indicatorsMeasured,
                              int indicatorsOnTrack) {

    /** Share of activities done, 0..1; empty without activities. */
    public Optional<BigDecimal> activitiesDoneShare() { return share(activitiesDone, activities); }

    /** Share of measured indicators that are on track, 0..1; empty when none is measured yet. */
    public Optional<BigDecimal> indicatorsOnTrackShare() { return share(indicatorsOnTrack, indicatorsMeasured); }

    private static Optional<BigDecimal> share(int part, int whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Achievement.SCALE, RoundingMode.HALF_UP));
    }
}
