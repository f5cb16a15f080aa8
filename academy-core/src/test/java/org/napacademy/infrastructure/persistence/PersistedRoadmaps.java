package org.napacademy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.roadmap.Roadmap;

/** Roadmaps persisted for the persistence tests, each in a programme and cohort of its own. */
final class PersistedRoadmaps {
    private PersistedRoadmaps() { }

    /** A new draft roadmap of the country with one goal over 2025-2027, persisted and flushed. */
    static Roadmap draft(EntityManager em, String countryCode) {
        var programme = TestData.programme();
        em.persist(programme);
        var cohort = TestData.cohort(programme);
        em.persist(cohort);
        var delegation = new Delegation(cohort, em.find(Country.class, countryCode));
        em.persist(delegation);
        var roadmap = new Roadmap(delegation, "Roadmap");
        roadmap.addGoal("Women shape peace and security policy", Pillar.PARTICIPATION, TestData.years(2025, 2027));
        em.persist(roadmap);
        em.flush();
        return roadmap;
    }
}
