package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.napacademy.application.RoadmapService;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * The whole roadmap in one document: its goals with everything below them. A delegation's roadmap names its
 * delegation and country; a gathering's shared roadmap ({@code gathering} true) has neither, but the day the gathering
 * adopted it and the delegations that endorsed it.
 */
public record RoadmapView(Long id, long version, Long cohortId, Long programmeId, Long delegationId, String countryCode,
                          boolean gathering, LocalDate adoptedOn, List<EndorsementView> endorsements, String title,
                          RoadmapStatus status, boolean sharedWithCohort, ProgressView progress, ProgressStatus rolledUpStatus,
                          List<NodeTreeView> nodes) {

    static RoadmapView of(Roadmap roadmap) {
        var delegation = roadmap.delegation();
        return new RoadmapView(roadmap.id(), roadmap.version(), roadmap.cohort().id(), roadmap.programme().id(),
                delegation.map(d -> d.id()).orElse(null), delegation.map(d -> d.country().iso2()).orElse(null),
                roadmap.isGatheringRoadmap(), roadmap.adoptedOn().orElse(null),
                roadmap.endorsements().stream().map(EndorsementView::of).toList(), roadmap.title(), roadmap.status(),
                roadmap.isSharedWithCohort(), ProgressView.of(roadmap.progress()),
                RoadmapService.rolledUpStatus(roadmap), roadmap.goals().stream().map(NodeTreeView::of).toList());
    }

    /**
     * Equal views have equal ids and versions, so this agrees with equals; the generated hash would walk the whole
     * subtree, and JSON-B hashes every object it writes (its recursion check), which made writing a tree quadratic.
     */
    @Override public int hashCode() { return Objects.hash(id, version); }
}
