package org.napacademy.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A roadmap as its screen shows it, read in one transaction and then held by the screen: plain values only, no
 * entity and nothing loaded lazily, so an open screen keeps a few hundred small records rather than the roadmap's
 * persistence graph with every measurement (issue 10: memory per UI session). Progress and traffic lights are the
 * domain's own derivations, computed when it was read. {@code countryCode} is null for a gathering's shared
 * roadmap, {@code adoptedOn} until the gathering adopts it. {@code mayEdit} and {@code mayReview}: what the user who read
 * it may do with it (the services check again on every change).
 */
public record RoadmapOutline(long id, long version, String title, RoadmapStatus status, String countryCode, long cohortId,
                             String cohortName, DateRange cohortDates, long programmeId, RoadmapTemplate template,
                             Vocabulary vocabulary, boolean sharedWithCohort, LocalDate adoptedOn, RoadmapProgress progress,
                             ProgressStatus rolledUpStatus, List<NodeOutline> goals, List<EndorsementOutline> endorsements, boolean mayEdit,
                             boolean mayReview) {

    public RoadmapOutline {
        goals = List.copyOf(goals);
        endorsements = List.copyOf(endorsements);
    }

    /** Reads what the screen needs from the whole roadmap (inside the transaction that read it). */
    public static RoadmapOutline of(Roadmap roadmap, boolean mayEdit, boolean mayReview) {
        var cohort = roadmap.cohort();
        var programme = cohort.programme();
        return new RoadmapOutline(roadmap.id(), roadmap.version(), roadmap.title(), roadmap.status(),
                roadmap.delegation().map(d -> d.country().iso2()).orElse(null), cohort.id(), cohort.name(), Detached.copy(cohort.dates()),
                programme.id(), Detached.copy(programme.template()), Detached.copy(programme.vocabulary()), roadmap.isSharedWithCohort(),
                roadmap.adoptedOn().orElse(null), roadmap.progress(), roadmap.rolledUpStatus(),
                roadmap.goals().stream().map(NodeOutline::of).toList(),
                roadmap.endorsements().stream().map(EndorsementOutline::of).toList(), mayEdit, mayReview);
    }

    /** Every node, depth first in the tree's order. */
    public List<NodeOutline> nodes() { return goals.stream().flatMap(NodeOutline::selfAndDescendants).toList(); }

    public Optional<NodeOutline> node(Long nodeId) {
        return nodeId == null ? Optional.empty() : nodes().stream().filter(n -> n.id() == nodeId).findFirst();
    }

    public Optional<NodeOutline> parentOf(NodeOutline node) { return node(node.parentId()); }

    public boolean isGatheringRoadmap() { return countryCode == null; }

    public boolean isDraft() { return status == RoadmapStatus.DRAFT; }

    public Optional<LocalDate> adoption() { return Optional.ofNullable(adoptedOn); }

    public Optional<String> country() { return Optional.ofNullable(countryCode); }
}
