package org.napacademy.infrastructure.demo;

/** What a planned result node holds: child nodes, indicators and budget lines. */
sealed interface NodePart permits NodePlan, IndicatorPlan, BudgetPlan {
}
