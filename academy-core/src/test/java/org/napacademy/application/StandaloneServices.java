package org.napacademy.application;

import jakarta.persistence.EntityManager;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.infrastructure.persistence.TestRepositories;

/**
 * The application services the container would inject, built by hand on one entity manager and acting as
 * the system (an administrator), so a tool outside the container (the benchmark's data generator) goes
 * through the same rules as the REST API and the UI.
 */
public final class StandaloneServices {
    public final ProgrammeService programmes = new ProgrammeService();
    public final CohortService cohorts = new CohortService();
    public final DelegationService delegations = new DelegationService();
    public final RoadmapService roadmaps = new RoadmapService();
    public final IndicatorService indicators = new IndicatorService();
    public final ImportService imports = new ImportService();

    public StandaloneServices(EntityManager em) {
        var access = new AccessPolicy(() -> Actor.SYSTEM);
        var programmeRepository = TestRepositories.programmes(em);
        var cohortRepository = TestRepositories.cohorts(em);
        var countryRepository = TestRepositories.countries(em);
        var delegationRepository = TestRepositories.delegations(em);
        var roadmapRepository = TestRepositories.roadmaps(em);
        var moduleRepository = TestRepositories.modules(em);
        var sessionRepository = TestRepositories.sessions(em);
        var reportRepository = TestRepositories.progressReports(em);

        programmes.programmes = programmeRepository;
        programmes.cohorts = cohortRepository;
        programmes.modules = moduleRepository;
        programmes.access = access;

        cohorts.cohorts = cohortRepository;
        cohorts.programmes = programmes;
        cohorts.countries = countryRepository;
        cohorts.delegations = delegationRepository;
        cohorts.sessions = sessionRepository;
        cohorts.access = access;

        delegations.delegations = delegationRepository;
        delegations.cohorts = cohorts;
        delegations.countries = countryRepository;
        delegations.roadmaps = roadmapRepository;
        delegations.sessions = sessionRepository;
        delegations.users = TestRepositories.users(em);
        delegations.access = access;

        roadmaps.roadmaps = roadmapRepository;
        roadmaps.delegations = delegationRepository;
        roadmaps.modules = moduleRepository;
        roadmaps.reports = reportRepository;
        roadmaps.access = access;

        indicators.roadmaps = roadmapRepository;
        indicators.reports = reportRepository;
        indicators.access = access;

        imports.delegations = delegationRepository;
        imports.roadmaps = roadmapRepository;
        imports.access = access;
    }
}
