package org.napacademy.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.shared.DateRange;

/** What a cohort achieved, for sponsors: counts, rates and derived progress; no personal data. */
public record CohortOutcomes(long cohortId, String name, DateRange dates, CohortStatus status, TrainingOutcome training,
                             List<DelegationOutcome> delegations, List<ModuleOutcome> modules) {

    public CohortOutcomes {
        delegations = List.copyOf(delegations);
        modules = List.copyOf(modules);
    }

    /** The delegations' roadmaps taken together. */
    public RoadmapProgress progress() {
        return delegations.stream().map(DelegationOutcome::progress).reduce(RoadmapProgress.NONE, RoadmapProgress::plus);
    }

    /** Budget planned across the delegations per currency (amounts in different currencies are never added). */
    public List<BudgetOutcome> budgetByCurrency() {
        var planned = new TreeMap<String, BigDecimal>();
        var responsive = new TreeMap<String, BigDecimal>();
        delegations.stream().flatMap(d -> d.budget().stream()).forEach(b -> {
            planned.merge(b.currency(), b.planned(), BigDecimal::add);
            responsive.merge(b.currency(), b.genderResponsive(), BigDecimal::add);
        });
        return planned.entrySet().stream()
                .map((Map.Entry<String, BigDecimal> e) -> new BudgetOutcome(e.getKey(), e.getValue(), responsive.get(e.getKey())))
                .toList();
    }

    /** Delegations whose country's NAP status moved between the cohort's start and now. */
    public long napStatusChanges() { return delegations.stream().filter(DelegationOutcome::napChanged).count(); }
}
