package org.napacademy.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/** Counts by traffic light as the outcomes carry them: every status listed, zero where none was counted. */
final class StatusCounts {
    private StatusCounts() { }

    static Map<ProgressStatus, Long> everyStatus(Map<ProgressStatus, Long> counts) {
        var all = new EnumMap<ProgressStatus, Long>(ProgressStatus.class);
        for (var status : ProgressStatus.values()) all.put(status, counts.getOrDefault(status, 0L));
        return Collections.unmodifiableMap(all);
    }
}
