package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.CohortRepository;

/**
 * Reads what the exports render (roadmap and cohort documents), whole, inside one transaction. The
 * statements are bounded: a roadmap as {@link RoadmapService#whole} reads it, a cohort in three queries
 * plus one per session for its attendance.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    @Inject RoadmapService roadmaps;
    @Inject CohortRepository cohorts;
    @Inject DelegationRepository delegations;
    @Inject SessionRepository sessions;
    @Inject AccessPolicy access;

    public RoadmapDocument roadmap(long roadmapId) {
        var roadmap = roadmaps.whole(roadmapId);
        var cohort = roadmap.cohort();
        cohort.programme().name();
        cohort.venue();
        return new RoadmapDocument(roadmap, cohort);
    }

    /** For the participant and attendance tables (CSV, XLSX): personal data, the cohort's trainers only. */
    public CohortDocument cohort(long cohortId) {
        var cohort = found(cohortId);
        access.requireCohortPersonalData(cohort);
        return document(cohort);
    }

    /**
     * For the calendar feed and the PDF, which show sessions, counts and rates but nobody's name: everyone
     * who may read the cohort, sponsors included.
     */
    public CohortDocument cohortOverview(long cohortId) {
        var cohort = found(cohortId);
        access.requireReadable(cohort);
        return document(cohort);
    }

    private Cohort found(long cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new EntityNotFound(CohortService.COHORT, cohortId));
    }

    private CohortDocument document(Cohort cohort) {
        cohort.programme().name();
        var delegationList = delegations.ofCohort(cohort);
        var participants = delegations.participantsInCohort(cohort);
        participants.forEach(p -> p.delegation().country().name());
        var sessionList = sessions.ofCohort(cohort);
        var attendance = new HashMap<Long, List<Attendance>>();
        sessionList.forEach(session -> {
            session.module().title();
            var recorded = sessions.attendanceOf(session);
            recorded.forEach(a -> a.participant().delegation().country().name());
            attendance.put(session.id(), recorded);
        });
        return new CohortDocument(cohort, delegationList, participants, sessionList, attendance);
    }
}
