package org.napacademy.infrastructure.demo;

import java.util.Map;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;

/** Builds a planned roadmap through the domain's operations, so every rule of the tree is checked. */
final class RoadmapBuilder {

    /** Appended to every means of verification: the numbers illustrate the platform, they are not statistics. */
    static final String DEMO_FIGURES = "Baseline, targets and actuals are demo figures, not official statistics.";

    private final Map<String, org.napacademy.domain.model.curriculum.Module> modules;

    RoadmapBuilder(Map<String, org.napacademy.domain.model.curriculum.Module> modulesByCode) { this.modules = modulesByCode; }

    /** The tree is built while the roadmap is a draft, then the roadmap goes as far through review as planned. */
    Roadmap build(RoadmapPlan plan, Delegation delegation) {
        var roadmap = new Roadmap(delegation, plan.title());
        var goalPlan = plan.goal();
        var goal = roadmap.addGoal(goalPlan.title(), goalPlan.tag(), goalPlan.schedule());
        fill(goal, goalPlan, goalPlan.institution(), goalPlan.moduleCode());
        switch (plan.status()) {
            case DRAFT -> { }
            case SUBMITTED -> roadmap.submit();
            case ENDORSED -> {
                roadmap.submit();
                roadmap.endorse();
            }
        }
        return roadmap;
    }

    private void fill(ResultNode node, NodePlan plan, String institution, String moduleCode) {
        node.assignResponsibility(institution);
        node.markDraftedIn(module(moduleCode));
        plan.budget().forEach(line -> node.addBudgetLine(line.toLine()));
        plan.indicators().forEach(indicator -> addIndicator(node, indicator));
        for (var childPlan : plan.children()) {
            var child = node.addChild(childPlan.level(), childPlan.title(), childPlan.schedule());
            if (childPlan.tag() != null && !childPlan.tag().equals(node.tag().orElse(null))) child.assignTag(childPlan.tag());
            fill(child, childPlan,
                    childPlan.institution() == null ? institution : childPlan.institution(),
                    childPlan.moduleCode() == null ? moduleCode : childPlan.moduleCode());
        }
        // a parent's own status agrees with what its children roll up to
        node.changeStatus(plan.status() != null ? plan.status() : node.rolledUpStatus());
    }

    private static void addIndicator(ResultNode node, IndicatorPlan plan) {
        Indicator indicator = node.addIndicator(plan.title, plan.unit, plan.ascending, plan.baseline, plan.baselineDate);
        indicator.verifyBy(plan.meansOfVerification == null ? DEMO_FIGURES : plan.meansOfVerification + ". " + DEMO_FIGURES);
        if (plan.bySex) indicator.disaggregateBySex();
        if (plan.reference != null) indicator.referTo(plan.reference);
        for (var periodPlan : plan.periods) {
            var period = indicator.addPeriod(periodPlan.dates());
            periodPlan.targets().forEach(t -> period.planTarget(t.value(), t.sex(), t.comment()));
            periodPlan.actuals().forEach(a -> period.recordActual(a.value(), a.sex(), a.asOf(), a.comment(), null));
        }
    }

    private org.napacademy.domain.model.curriculum.Module module(String code) {
        var module = modules.get(code);
        if (module == null) throw new IllegalArgumentException("No module " + code + " in the demo curriculum");
        return module;
    }
}
