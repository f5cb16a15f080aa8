package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingState;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;

/** The rates and totals the outcome records derive from the aggregate figures. */
class OutcomeRatesTest {

    private static final DateRange H2_2025 = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

    @Test
    void attendance_rate_is_presences_over_participants_times_sessions_taken() {
        var training = new TrainingOutcome(12, Map.of(Sex.FEMALE, 9L, Sex.MALE, 3L), Map.of(), 6, 66, new OutcomeFigures.Feedback(10, 43, 4, 6));
        assertThat(training.attendanceRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.9167"));
        assertThat(training.feedback().averageRating()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("4.3"));
        assertThat(training.feedback().averageLearningGain()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("1.5"));
    }

    @Test
    void without_sessions_taken_or_feedback_there_is_no_rate_rather_than_a_zero() {
        var training = new TrainingOutcome(12, Map.of(), Map.of(), 0, 0, OutcomeFigures.Feedback.NONE);
        assertThat(training.attendanceRate()).isEmpty();
        assertThat(training.feedback().averageRating()).isEmpty();
        assertThat(training.feedback().averageLearningGain()).isEmpty();
    }

    @Test
    void the_gender_responsive_share_is_a_share_of_the_planned_budget_in_its_currency() {
        assertThat(new BudgetOutcome("USD", new BigDecimal("80000"), new BigDecimal("60000")).genderResponsiveShare())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.75"));
        assertThat(new BudgetOutcome("USD", BigDecimal.ZERO, BigDecimal.ZERO).genderResponsiveShare()).isEmpty();
    }

    @Test
    void a_cohort_adds_up_its_delegations_budgets_per_currency_and_their_progress() {
        var panama = delegation(1, List.of(new BudgetOutcome("USD", new BigDecimal("100"), new BigDecimal("50")),
                new BudgetOutcome("PAB", new BigDecimal("10"), BigDecimal.ZERO)), new RoadmapProgress(4, 1, 2, 2, 1, new BigDecimal("1.2")),
                NapStatus.NONE, NapStatus.DRAFTING, ReportingState.OVERDUE);
        var ecuador = delegation(2, List.of(new BudgetOutcome("USD", new BigDecimal("300"), new BigDecimal("250"))),
                new RoadmapProgress(2, 1, 1, 1, 1, new BigDecimal("0.9")), NapStatus.ADOPTED, NapStatus.ADOPTED, ReportingState.ACCEPTED);
        var cohort = new CohortOutcomes(9, "2025 Panama City", H2_2025, CohortStatus.ACCOMPANIMENT,
                new TrainingOutcome(0, Map.of(), Map.of(), 0, 0, OutcomeFigures.Feedback.NONE), List.of(panama, ecuador), List.of());

        assertThat(cohort.budgetByCurrency()).extracting(BudgetOutcome::currency).containsExactly("PAB", "USD");
        assertThat(cohort.budgetByCurrency().get(1).genderResponsiveShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.75"));
        assertThat(cohort.progress().activitiesDoneShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.3333"));
        assertThat(cohort.progress().averageAchievement()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.7"));
        assertThat(cohort.napStatusChanges()).isEqualTo(1);
        assertThat(panama.noUpdate()).isTrue();
        assertThat(ecuador.noUpdate()).isFalse();
        assertThat(panama.checkIns()).containsEntry(ReportingState.OVERDUE, 1L).containsEntry(ReportingState.ACCEPTED, 0L).hasSize(ReportingState.values().length);
    }

    @Test
    void a_module_lists_every_status_even_those_no_node_has() {
        var module = new ModuleOutcome(1, "GENDER_BUDGETING", "Gender budgeting", 3, Map.of(ProgressStatus.DONE, 2L, ProgressStatus.AT_RISK, 1L));
        assertThat(module.byStatus()).hasSize(ProgressStatus.values().length).containsEntry(ProgressStatus.DONE, 2L).containsEntry(ProgressStatus.NOT_STARTED, 0L);
    }

    private static DelegationOutcome delegation(long id, List<BudgetOutcome> budget, RoadmapProgress progress, NapStatus atStart,
                                                NapStatus now, ReportingState state) {
        return new DelegationOutcome(id, "PA", "Panama", 3, 8, 3, 100 + id, RoadmapStatus.ENDORSED, ProgressStatus.ON_TRACK, progress,
                Map.of(), List.of(new ReportingPeriod(H2_2025, LocalDate.of(2026, 1, 30), state, null)), budget,
                new OutcomeFigures.Assistance(2, 1), Optional.empty(), atStart, now);
    }
}
