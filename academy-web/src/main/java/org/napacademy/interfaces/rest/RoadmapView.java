package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.RoadmapService;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** The whole roadmap in one document: its goals with everything below them. */
public record RoadmapView(Long id, long version, Long delegationId, String countryCode, String title, RoadmapStatus status,
                          boolean sharedWithCohort, ProgressView progress, ProgressStatus rolledUpStatus, List<NodeTreeView> nodes) {

    static RoadmapView of(Roadmap roadmap) {
        return new RoadmapView(roadmap.id(), roadmap.version(), roadmap.delegation().id(),
                roadmap.delegation().country().iso2(), roadmap.title(), roadmap.status(),
                roadmap.isSharedWithCohort(), ProgressView.of(roadmap.progress()),
                RoadmapService.rolledUpStatus(roadmap), roadmap.goals().stream().map(NodeTreeView::of).toList());
    }
}
