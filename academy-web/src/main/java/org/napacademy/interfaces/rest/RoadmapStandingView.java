package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.RoadmapStanding;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * A roadmap's derived progress: its traffic light, the shares and mean achievement, "no update" when a
 * due check-in is missing (with the reporting periods that say so) and every node's light in tree order.
 */
public record RoadmapStandingView(Long roadmapId, Long delegationId, ProgressStatus status, ProgressView progress,
                                  boolean noUpdate, long missingUpdates, List<ReportingPeriodView> reportingPeriods,
                                  List<NodeLightView> nodes) {

    static RoadmapStandingView of(RoadmapStanding standing) {
        var roadmap = standing.roadmap();
        return new RoadmapStandingView(roadmap.id(), roadmap.delegation().map(d -> d.id()).orElse(null), standing.status(),
                ProgressView.of(standing.progress()), standing.noUpdate(), standing.missingUpdates(),
                standing.reportingPeriods().stream().map(ReportingPeriodView::of).toList(),
                roadmap.nodes().stream().map(NodeLightView::of).toList());
    }
}
