package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/**
 * The {@link RoadmapFigures} of a cohort's delegations' roadmaps, for its outcomes. Computing them reads a roadmap whole,
 * measurements included, so they are kept per roadmap with the revision of the roadmap they were computed at (the
 * database raises it in every transaction that writes the roadmap or its tree). Each call reads the cohort's revisions
 * in one query and recomputes only the roadmaps whose revision moved: the figures are never older than the database,
 * on any instance of a cluster, and a dashboard opened by many sponsors computes each roadmap once. An entry is a few
 * hundred bytes per roadmap.
 */
@ApplicationScoped
public class CohortRoadmapFigures {

    @Inject RoadmapRepository roadmaps;
    @Inject CohortRepository cohorts;

    private final Map<Long, Revised> computed = new ConcurrentHashMap<>();

    /** Figures computed at a revision of their roadmap. */
    private record Revised(long revision, RoadmapFigures figures) { }

    /** By delegation id, in roadmap id order; read in the caller's transaction, whose access checks apply. */
    public Map<Long, RoadmapFigures> byDelegation(Cohort cohort) {
        var revisions = roadmaps.delegationRoadmapRevisions(cohort);
        var stale = revisions.entrySet().stream().filter(roadmap -> !isCurrent(roadmap.getKey(), roadmap.getValue()))
                .map(Map.Entry::getKey).toList();
        // the revisions were read first, so figures computed now are at least as new as the revision they are kept with
        for (var roadmap : roadmaps.wholeDelegationRoadmapsToRead(stale)) {
            computed.merge(roadmap.id(), new Revised(revisions.get(roadmap.id()), RoadmapFigures.of(roadmap)),
                    (kept, fresh) -> fresh.revision() >= kept.revision() ? fresh : kept);
        }
        var byDelegation = new LinkedHashMap<Long, RoadmapFigures>();
        revisions.keySet().stream().map(computed::get).filter(Objects::nonNull).map(Revised::figures)
                .forEach(figures -> byDelegation.put(figures.delegationId(), figures));
        return byDelegation;
    }

    /** The cohorts whose figures {@link #computeFor} may compute, in id order. */
    @Transactional
    public List<Long> cohortIds() { return cohorts.ids(); }

    /** Computes the figures of the cohort's roadmaps that are not current, in a transaction of its own; how many it holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int computeFor(long cohortId) {
        return cohorts.find(cohortId).map(cohort -> byDelegation(cohort).size()).orElse(0);
    }

    private boolean isCurrent(long roadmapId, long revision) {
        var kept = computed.get(roadmapId);
        return kept != null && kept.revision() == revision;
    }
}
