package org.napacademy.domain.model.roadmap;

import org.napacademy.domain.model.Pillar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;
import static org.napacademy.domain.model.roadmap.ResultLevel.ACTIVITY;
import static org.napacademy.domain.model.roadmap.ResultLevel.GOAL;
import static org.napacademy.domain.model.roadmap.ResultLevel.OUTCOME;
import static org.napacademy.domain.model.roadmap.ResultLevel.OUTPUT;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.Money;

class ResultTreeTest {

    private final ResultNode goal = TestData.goal();
    private final ResultNode outcome = goal.addChild(OUTCOME, "Women lead", years(2025, 2026));
    private final ResultNode output = outcome.addChild(OUTPUT, "Training", year(2025));

    @Test
    void levels_nest_downward_one_step_at_a_time() {
        var activity = output.addChild(ACTIVITY, "Workshop", range("2025-03-01", "2025-03-31"));
        assertThat(activity.parent()).contains(output);
        assertThat(goal.roadmap().nodes()).containsExactly(goal, outcome, output, activity);
        assertThat(GOAL.mayContain(OUTCOME)).isTrue();
        assertThat(GOAL.mayContain(OUTPUT)).isFalse();
    }

    @Test
    void an_output_cannot_contain_an_outcome() {
        assertThatThrownBy(() -> output.addChild(OUTCOME, "Wrong", year(2025))).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void a_goal_cannot_skip_to_an_activity_under_the_full_template() {
        assertThatThrownBy(() -> goal.addChild(ACTIVITY, "Wrong", year(2025))).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void nothing_contains_a_goal_so_every_goal_is_a_root() {
        assertThatThrownBy(() -> activity().addChild(GOAL, "Wrong", year(2025))).isInstanceOf(RoadmapRuleViolation.class);
        var second = goal.roadmap().addGoal("Protection", Pillar.PROTECTION, year(2025));
        assertThat(second.level()).isEqualTo(GOAL);
        assertThatThrownBy(() -> second.moveTo(outcome)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void a_template_without_outputs_lets_outcomes_contain_activities() {
        var roadmap = TestData.roadmap();
        roadmap.programme().changeTemplate(new RoadmapTemplate(EnumSet.of(GOAL, OUTCOME, ACTIVITY), List.of(Pillar.TAGS.get(1))));
        var goalOfPriorities = roadmap.addGoal("Priorities 2025-2026", Pillar.PREVENTION, years(2025, 2026));
        var outcomeOfPriorities = goalOfPriorities.addChild(OUTCOME, "Early warning", year(2025));
        assertThat(outcomeOfPriorities.addChild(ACTIVITY, "Map risks", year(2025)).level()).isEqualTo(ACTIVITY);
        assertThatThrownBy(() -> outcomeOfPriorities.addChild(OUTPUT, "Wrong", year(2025))).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> roadmap.addGoal("Other pillar", Pillar.PROTECTION, year(2025))).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void a_template_always_uses_goals() {
        assertThatThrownBy(() -> new RoadmapTemplate(EnumSet.of(OUTCOME), List.of(Pillar.TAGS.get(1))))
                .isInstanceOf(org.napacademy.domain.model.programme.CohortRuleViolation.class);
    }

    @Test
    void a_child_is_scheduled_inside_its_parent() {
        assertThatThrownBy(() -> output.addChild(ACTIVITY, "Too late", range("2025-12-01", "2026-01-15")))
                .isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void rescheduling_keeps_the_node_inside_its_parent_and_around_its_children() {
        var activity = activity();
        assertThatThrownBy(() -> output.reschedule(years(2025, 2027))).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> output.reschedule(range("2025-06-01", "2025-12-31"))).isInstanceOf(RoadmapRuleViolation.class);
        output.reschedule(range("2025-02-01", "2025-12-31"));
        assertThat(output.schedule()).isEqualTo(range("2025-02-01", "2025-12-31"));
        assertThat(activity.schedule()).isEqualTo(range("2025-03-01", "2025-03-31"));
    }

    @Test
    void a_node_moves_with_its_subtree_to_another_parent_of_the_right_level() {
        var activity = activity();
        var otherOutput = outcome.addChild(OUTPUT, "Roster", year(2025));
        activity.moveTo(otherOutput);
        assertThat(output.children()).isEmpty();
        assertThat(otherOutput.children()).containsExactly(activity);
        assertThat(activity.parent()).contains(otherOutput);
        assertThatThrownBy(() -> activity.moveTo(outcome)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void a_node_cannot_move_below_itself() {
        assertThatThrownBy(() -> output.moveTo(output)).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> outcome.moveTo(output)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void a_moved_node_must_fit_the_new_parents_dates_unless_rescheduled_with_the_move() {
        var lateOutput = outcome.addChild(OUTPUT, "Later", year(2026));
        var activity = activity();
        assertThatThrownBy(() -> activity.moveTo(lateOutput)).isInstanceOf(RoadmapRuleViolation.class);
        assertThat(activity.parent()).contains(output);
        activity.moveTo(lateOutput, range("2026-03-01", "2026-03-31"));
        assertThat(activity.parent()).contains(lateOutput);
    }

    @Test
    void a_node_does_not_move_into_another_roadmap() {
        var foreignOutcome = TestData.goal().addChild(OUTCOME, "Elsewhere", year(2025));
        assertThatThrownBy(() -> output.moveTo(foreignOutcome)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void the_structure_is_frozen_once_submitted_but_statuses_still_move() {
        var roadmap = goal.roadmap();
        roadmap.submit();
        assertThatThrownBy(() -> output.addChild(ACTIVITY, "Late idea", year(2025))).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> output.reschedule(range("2025-02-01", "2025-12-31"))).isInstanceOf(RoadmapRuleViolation.class);
        output.changeStatus(ProgressStatus.ON_TRACK);
        assertThat(output.status()).isEqualTo(ProgressStatus.ON_TRACK);
        roadmap.returnForRevision();
        output.addChild(ACTIVITY, "Late idea", year(2025));
    }

    @Test
    void a_roadmap_goes_from_draft_through_submitted_to_endorsed() {
        var roadmap = goal.roadmap();
        assertThatThrownBy(roadmap::endorse).isInstanceOf(RoadmapRuleViolation.class);
        roadmap.submit();
        roadmap.endorse();
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.ENDORSED);
        assertThatThrownBy(roadmap::submit).isInstanceOf(RoadmapRuleViolation.class);
        roadmap.reopen();
        assertThat(roadmap.isDraft()).isTrue();
    }

    @Test
    void an_empty_roadmap_cannot_be_submitted() {
        assertThatThrownBy(TestData.roadmap()::submit).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void budget_lines_add_up_per_currency_over_the_subtree() {
        var activity = activity();
        var line = new BudgetLine(Money.of("1000", "USD"), "UN Women", GenderMarker.PRINCIPAL);
        activity.addBudgetLine(line);
        output.addBudgetLine(new BudgetLine(Money.of("250.25", "USD"), null, GenderMarker.SIGNIFICANT));
        output.addBudgetLine(new BudgetLine(Money.of("90", "EUR"), null, GenderMarker.NOT_TARGETED));
        assertThat(goal.budgetTotals()).containsEntry("USD", Money.of("1250.25", "USD")).containsEntry("EUR", Money.of("90", "EUR"));
        activity.removeBudgetLine(new BudgetLine(Money.of("1000.00", "USD"), "UN Women", GenderMarker.PRINCIPAL));
        assertThat(activity.budgetLines()).isEmpty();
        assertThatThrownBy(() -> activity.removeBudgetLine(line)).isInstanceOf(RoadmapRuleViolation.class);
        assertThat(GenderMarker.PRINCIPAL.score()).isEqualTo(2);
        assertThat(GenderMarker.ofScore(1)).isEqualTo(GenderMarker.SIGNIFICANT);
    }

    @Test
    void a_node_is_drafted_in_a_module_of_its_own_programme() {
        var ownModule = new Module(goal.roadmap().programme(), "THEORY_OF_CHANGE", LocalizedText.english("Theory of change"), 60, 1);
        output.markDraftedIn(ownModule);
        assertThat(output.draftedIn()).contains(ownModule);
        var foreignModule = new Module(TestData.programme(), "THEORY_OF_CHANGE", LocalizedText.english("Theory of change"), 60, 1);
        assertThatThrownBy(() -> output.markDraftedIn(foreignModule)).isInstanceOf(RoadmapRuleViolation.class);
    }

    private ResultNode activity() { return output.addChild(ACTIVITY, "Workshop", range("2025-03-01", "2025-03-31")); }
}
