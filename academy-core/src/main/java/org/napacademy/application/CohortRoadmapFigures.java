package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/** The {@link RoadmapFigures}s of a cohort's delegations' roadmaps, for its outcomes. */
@ApplicationScoped
public class CohortRoadmapFigures {

    @Inject RoadmapRepository roadmaps;

    /** By delegation id, in roadmap id order; read in the caller's transaction, whose access checks apply. */
    public Map<Long, RoadmapFigures> byDelegation(Cohort cohort) {
        var byDelegation = new LinkedHashMap<Long, RoadmapFigures>();
        roadmaps.wholeDelegationRoadmapsToRead(roadmaps.delegationRoadmapIds(cohort)).stream().map(RoadmapFigures::of)
                .forEach(figures -> byDelegation.put(figures.delegationId(), figures));
        return byDelegation;
    }
}
