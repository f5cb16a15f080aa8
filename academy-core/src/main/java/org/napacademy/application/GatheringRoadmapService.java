package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;

/**
 * A gathering's shared roadmap (its outcome document): created by the cohort's trainers, adopted by the gathering on a
 * day, endorsed by its delegations. Its nodes are edited through {@link RoadmapService} like any roadmap's.
 */
@ApplicationScoped
@Transactional
public class GatheringRoadmapService {

    @Inject RoadmapRepository roadmaps;
    @Inject CohortRepository cohorts;
    @Inject DelegationRepository delegations;
    @Inject RoadmapService roadmapService;
    @Inject AccessPolicy access;

    /** Creates the cohort's shared roadmap; refused when the cohort already has one. */
    public Roadmap create(long cohortId, String title) {
        var cohort = cohort(cohortId);
        access.requireCohortPlanning(cohort);
        roadmaps.ofGathering(cohort).ifPresent(existing -> {
            throw new RoadmapRuleViolation(cohort.name() + " already has its shared roadmap, \"" + existing.title() + "\"");
        });
        var roadmap = Roadmap.ofGathering(cohort, title);
        roadmaps.add(roadmap);
        roadmaps.flush();
        return roadmap;
    }

    /** The cohort's shared roadmap, whole and ready for editing screens; not found when the cohort has none. */
    public Roadmap ofCohort(long cohortId) {
        var cohort = cohort(cohortId);
        access.requireReadable(cohort);
        var roadmap = roadmaps.ofGathering(cohort).orElseThrow(() -> new EntityNotFound("shared roadmap of cohort", cohortId));
        return roadmapService.wholeForEditing(roadmap.id());
    }

    /** The id of the cohort's shared roadmap when it has one the user may read, for links; empty otherwise. */
    public Optional<Long> sharedRoadmapId(long cohortId) {
        var cohort = cohort(cohortId);
        access.requireReadable(cohort);
        return roadmaps.ofGathering(cohort).filter(access::mayRead).map(Roadmap::id);
    }

    /** The delegations of the cohort, by English country name: who may endorse its shared roadmap and be assigned its results. */
    public List<DelegationChoice> members(long cohortId) {
        var cohort = cohort(cohortId);
        access.requireReadable(cohort);
        return delegations.ofCohort(cohort).stream().map(DelegationChoice::of)
                .sorted(Comparator.comparing(choice -> choice.country().en())).toList();
    }

    /** Whether the user may create the cohort's shared roadmap (its trainers and administrators). */
    public boolean mayCreate(long cohortId) { return access.mayPlan(cohort(cohortId)); }

    /** The gathering adopts its shared roadmap on {@code on}: a trainer of the cohort records it. */
    public Roadmap adopt(long roadmapId, long expectedVersion, LocalDate on) {
        var roadmap = roadmap(roadmapId);
        access.requireReview(roadmap);
        Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        roadmap.adopt(on);
        roadmaps.flush();
        return roadmap;
    }

    /** Records that the delegation endorsed the adopted roadmap on {@code on}: by a trainer of the cohort or the delegation itself. */
    public Roadmap recordEndorsement(long roadmapId, long expectedVersion, long delegationId, LocalDate on) {
        var roadmap = roadmap(roadmapId);
        var delegation = delegation(delegationId);
        access.requireEndorsing(roadmap, delegation);
        Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        roadmap.recordEndorsement(delegation, on);
        roadmaps.flush();
        return roadmap;
    }

    /** Withdraws the delegation's endorsement: by a trainer of the cohort or the delegation itself. */
    public Roadmap withdrawEndorsement(long roadmapId, long expectedVersion, long delegationId) {
        var roadmap = roadmap(roadmapId);
        var delegation = delegation(delegationId);
        access.requireEndorsing(roadmap, delegation);
        Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        roadmap.withdrawEndorsement(delegation);
        roadmaps.flush();
        return roadmap;
    }

    private Cohort cohort(long cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new EntityNotFound("cohort", cohortId));
    }

    private Roadmap roadmap(long roadmapId) {
        return roadmaps.find(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
    }

    private Delegation delegation(long delegationId) {
        return delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
    }
}
