package org.napacademy.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.user.UserAccountRepository;

/** The JPA repositories on a test's entity manager, for service tests in other packages. */
public final class TestRepositories {
    private TestRepositories() { }

    public static DelegationRepository delegations(EntityManager em) { return new JpaDelegationRepository(em); }

    public static RoadmapRepository roadmaps(EntityManager em) { return new JpaRoadmapRepository(em); }

    public static ProgrammeRepository programmes(EntityManager em) { return new JpaProgrammeRepository(em); }

    public static CohortRepository cohorts(EntityManager em) { return new JpaCohortRepository(em); }

    public static CountryRepository countries(EntityManager em) { return new JpaCountryRepository(em); }

    public static ModuleRepository modules(EntityManager em) { return new JpaModuleRepository(em); }

    public static SessionRepository sessions(EntityManager em) { return new JpaSessionRepository(em); }

    public static ProgressReportRepository progressReports(EntityManager em) { return new JpaProgressReportRepository(em); }

    public static UserAccountRepository users(EntityManager em) { return new JpaUserAccountRepository(em); }
}
