package org.napacademy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/** The JPA repositories on a test's entity manager, for service tests in other packages. */
public final class TestRepositories {
    private TestRepositories() { }

    public static DelegationRepository delegations(EntityManager em) { return new JpaDelegationRepository(em); }

    public static RoadmapRepository roadmaps(EntityManager em) { return new JpaRoadmapRepository(em); }
}
