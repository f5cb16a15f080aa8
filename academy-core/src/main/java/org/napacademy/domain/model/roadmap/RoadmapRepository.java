package org.napacademy.domain.model.roadmap;

import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Roadmaps and the parts of their trees, for callers that start from a part. */
public interface RoadmapRepository extends Repository<Roadmap> {

    Optional<Roadmap> ofDelegation(Delegation delegation);

    List<Roadmap> ofCohort(Cohort cohort);

    Optional<ResultNode> node(long id);

    /** Every node of the roadmap, by id; {@link Roadmap#nodes()} gives tree order. */
    List<ResultNode> nodesOf(Roadmap roadmap);

    Optional<Indicator> indicator(long id);

    List<Indicator> indicatorsOf(ResultNode node);

    Optional<Period> period(long id);

    /** With their measurements, oldest first. */
    List<Period> periodsOf(Indicator indicator);
}
