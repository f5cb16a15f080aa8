package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import org.napacademy.domain.model.roadmap.RoadmapProgress;

/**
 * A roadmap's progress: share of activities done, and share of measured indicators on track (shares
 * 0..1, absent while there is nothing to count).
 */
public record ProgressView(int activities, int activitiesDone, BigDecimal shareDone, int indicators,
                           int indicatorsMeasured, int indicatorsOnTrack, BigDecimal shareOnTrack) {

    static ProgressView of(RoadmapProgress progress) {
        return new ProgressView(progress.activities(), progress.activitiesDone(), progress.activitiesDoneShare().orElse(null),
                progress.indicators(), progress.indicatorsMeasured(), progress.indicatorsOnTrack(),
                progress.indicatorsOnTrackShare().orElse(null));
    }
}
