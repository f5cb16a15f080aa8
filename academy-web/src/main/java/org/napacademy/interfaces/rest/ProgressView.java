package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import org.napacademy.domain.model.roadmap.RoadmapProgress;

/**
 * A roadmap's progress: share of activities done, share of measured indicators on track and their mean
 * achievement (1 = target met). Shares are 0..1; they and the mean are absent while there is nothing to count.
 */
public record ProgressView(int activities, int activitiesDone, BigDecimal shareDone, int indicators,
                           int indicatorsMeasured, int indicatorsOnTrack, BigDecimal shareOnTrack,
                           BigDecimal averageAchievement) {

    static ProgressView of(RoadmapProgress progress) {
        return new ProgressView(progress.activities(), progress.activitiesDone(), progress.activitiesDoneShare().orElse(null),
                progress.indicators(), progress.indicatorsMeasured(), progress.indicatorsOnTrack(),
                progress.indicatorsOnTrackShare().orElse(null), progress.averageAchievement().orElse(null));
    }
}
