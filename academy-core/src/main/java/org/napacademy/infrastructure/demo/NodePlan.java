package org.napacademy.infrastructure.demo;

import java.util.List;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A result node to build. A null tag, institution or module is inherited from the parent; the status
 * is given for leaves only, parents take what their children roll up to.
 */
record NodePlan(ResultLevel level, String title, String tag, DateRange schedule, String institution,
                String moduleCode, ProgressStatus status, List<NodePart> parts) implements NodePart {

    List<NodePlan> children() { return only(NodePlan.class); }

    List<IndicatorPlan> indicators() { return only(IndicatorPlan.class); }

    List<BudgetPlan> budget() { return only(BudgetPlan.class); }

    private <T extends NodePart> List<T> only(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
