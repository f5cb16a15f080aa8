package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.domain.model.programme.CohortStatus;

/** A cohort's outcomes for sponsors: training, the delegations' roadmaps taken together and one by one, modules. */
public record CohortOutcomesView(long cohortId, String name, LocalDate startDate, LocalDate endDate, CohortStatus status,
                                 TrainingOutcomeView training, ProgressView progress, List<BudgetOutcomeView> budget,
                                 long napStatusChanges, List<DelegationOutcomeView> delegations,
                                 List<ModuleOutcomeView> modules) {

    static CohortOutcomesView of(CohortOutcomes outcomes) {
        return new CohortOutcomesView(outcomes.cohortId(), outcomes.name(), outcomes.dates().start(), outcomes.dates().end(),
                outcomes.status(), TrainingOutcomeView.of(outcomes.training()), ProgressView.of(outcomes.progress()),
                outcomes.budgetByCurrency().stream().map(BudgetOutcomeView::of).toList(), outcomes.napStatusChanges(),
                outcomes.delegations().stream().map(DelegationOutcomeView::of).toList(),
                outcomes.modules().stream().map(ModuleOutcomeView::of).toList());
    }
}
