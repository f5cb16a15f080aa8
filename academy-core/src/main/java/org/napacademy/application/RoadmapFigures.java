package org.napacademy.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * Where one delegation's roadmap stands, in figures only: its review status, its traffic light, its progress, its
 * activities by traffic light (cancelled branches left out) and its nodes drafted in each training module by traffic
 * light. Cohort outcomes add these up. They are the domain's own derivations over the whole roadmap, measurements
 * included, so {@link CohortRoadmapFigures} computes them once per revision of the roadmap rather than per request.
 */
public record RoadmapFigures(long roadmapId, long delegationId, RoadmapStatus status, ProgressStatus rolledUpStatus,
                              RoadmapProgress progress, Map<ProgressStatus, Long> activitiesByStatus,
                              Map<Long, Map<ProgressStatus, Long>> draftedByModule) {

    public RoadmapFigures {
        activitiesByStatus = StatusCounts.everyStatus(activitiesByStatus);
        var byModule = new HashMap<Long, Map<ProgressStatus, Long>>();
        draftedByModule.forEach((module, counts) -> byModule.put(module, StatusCounts.everyStatus(counts)));
        draftedByModule = Collections.unmodifiableMap(byModule);
    }

    /** Computes the standing of a delegation's roadmap read whole (inside the transaction that read it). */
    static RoadmapFigures of(Roadmap roadmap) {
        var delegation = roadmap.delegation().orElseThrow(() -> new IllegalArgumentException("a gathering's shared roadmap has no standing"));
        var activities = roadmap.activeNodes().filter(node -> node.level() == ResultLevel.ACTIVITY)
                .collect(Collectors.groupingBy(ResultNode::rolledUpStatus, () -> new EnumMap<>(ProgressStatus.class), Collectors.counting()));
        Map<Long, Map<ProgressStatus, Long>> drafted = roadmap.nodes().stream().filter(node -> node.draftedIn().isPresent())
                .collect(Collectors.groupingBy(node -> node.draftedIn().orElseThrow().id(),
                        Collectors.groupingBy(ResultNode::rolledUpStatus, Collectors.counting())));
        return new RoadmapFigures(roadmap.id(), delegation.id(), roadmap.status(), roadmap.rolledUpStatus(), roadmap.progress(),
                activities, drafted);
    }
}
