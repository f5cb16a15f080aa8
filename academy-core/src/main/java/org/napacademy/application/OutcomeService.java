package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.accompaniment.ReportingSchedule;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.RoadmapProgress;

/**
 * Cohort outcomes for sponsors. Counts and sums come from the database ({@link OutcomeFigures}); roadmap
 * progress, traffic lights and reporting states come from the domain's own derivations over the cohort's
 * roadmaps, read whole in a bounded number of queries, so every figure is computed in one place only.
 */
@ApplicationScoped
@Transactional
public class OutcomeService {

    @Inject CohortRepository cohorts;
    @Inject ProgrammeRepository programmes;
    @Inject DelegationRepository delegations;
    @Inject CohortRoadmapFigures roadmapFigures;
    @Inject ModuleRepository modules;
    @Inject ProgressReportRepository reports;
    @Inject OutcomeFigures figures;
    @Inject Clock clock;
    @Inject AccessPolicy access;

    public CohortOutcomes ofCohort(long cohortId) {
        var cohort = cohorts.find(cohortId).orElseThrow(() -> new EntityNotFound("cohort", cohortId));
        access.requireOutcomes(cohort);
        return outcomes(cohort);
    }

    /** The programme's cohorts side by side, by their start date. */
    public ProgrammeOutcomes ofProgramme(long programmeId) {
        var programme = programmes.find(programmeId).orElseThrow(() -> new EntityNotFound(ProgrammeService.PROGRAMME, programmeId));
        access.requireOutcomes(programme);
        var editions = cohorts.ofProgramme(programme).stream()
                .sorted(Comparator.comparing((Cohort c) -> c.dates().start()).thenComparing(Cohort::id))
                .map(this::outcomes).toList();
        return new ProgrammeOutcomes(programme.id(), programme.name(), editions);
    }

    private CohortOutcomes outcomes(Cohort cohort) {
        var today = LocalDate.now(clock);
        var participants = delegations.participantCounts(cohort);
        var presences = figures.presencesByDelegation(cohort);
        var sessionsTaken = figures.sessionsTaken(cohort);
        var budgets = figures.budgets(cohort);
        var assistance = figures.assistance(cohort);
        var answered = figures.answeredRequests(cohort);
        var figuresOf = roadmapFigures.byDelegation(cohort);

        var members = delegations.ofCohort(cohort).stream().map(delegation -> {
            var id = delegation.id();
            var roadmap = figuresOf.get(id);
            var responseTimes = answered.getOrDefault(id, List.of()).stream()
                    .map(a -> Duration.between(a.raisedAt(), a.answeredAt())).toList();
            return new DelegationOutcome(id, delegation.country().iso2(), delegation.country().name().en(),
                    participants.getOrDefault(id, 0L), presences.getOrDefault(id, 0L), sessionsTaken,
                    roadmap == null ? null : roadmap.roadmapId(), roadmap == null ? null : roadmap.status(),
                    roadmap == null ? null : roadmap.rolledUpStatus(),
                    roadmap == null ? RoadmapProgress.NONE : roadmap.progress(),
                    roadmap == null ? Map.of() : roadmap.activitiesByStatus(),
                    schedule(delegation).periods(today),
                    budgets.getOrDefault(id, List.of()),
                    assistance.getOrDefault(id, new OutcomeFigures.Assistance(0, 0)),
                    Durations.median(responseTimes),
                    delegation.country().napStatusOn(cohort.dates().start()), delegation.country().napStatus());
        }).toList();

        var training = new TrainingOutcome(participants.values().stream().mapToLong(Long::longValue).sum(),
                figures.participantsBySex(cohort), figures.participantsByInstitutionType(cohort), sessionsTaken,
                presences.values().stream().mapToLong(Long::longValue).sum(), figures.feedback(cohort));
        return new CohortOutcomes(cohort.id(), cohort.name(), Detached.copy(cohort.dates()), cohort.status(), training, members,
                modulesOf(cohort, figuresOf.values()));
    }

    private ReportingSchedule schedule(Delegation delegation) {
        return ReportingSchedule.of(delegation, reports.ofDelegation(delegation));
    }

    /** Every module of the programme with the cohort's nodes drafted in it, counted by traffic light. */
    private List<ModuleOutcome> modulesOf(Cohort cohort, Collection<RoadmapFigures> cohortRoadmaps) {
        return modules.ofProgramme(cohort.programme()).stream().map(module -> {
            var byStatus = new EnumMap<ProgressStatus, Long>(ProgressStatus.class);
            cohortRoadmaps.forEach(roadmap -> roadmap.draftedByModule().getOrDefault(module.id(), Map.of())
                    .forEach((status, count) -> byStatus.merge(status, count, Long::sum)));
            var nodes = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new ModuleOutcome(module.id(), module.code(), module.title().en(), nodes, byStatus);
        }).toList();
    }
}
