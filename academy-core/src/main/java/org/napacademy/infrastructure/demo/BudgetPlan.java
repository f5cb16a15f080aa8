package org.napacademy.infrastructure.demo;

import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.shared.Money;

/** A budget line of a planned node. */
record BudgetPlan(Money money, String fundingSource, GenderMarker marker) implements NodePart {

    BudgetLine toLine() { return new BudgetLine(money, fundingSource, marker); }
}
