package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import org.napacademy.application.BudgetOutcome;

/** Budget planned in one currency and its gender-responsive part (marker 1 or 2); the share is 0..1. */
public record BudgetOutcomeView(String currency, BigDecimal planned, BigDecimal genderResponsive, BigDecimal genderResponsiveShare) {

    static BudgetOutcomeView of(BudgetOutcome budget) {
        return new BudgetOutcomeView(budget.currency(), budget.planned(), budget.genderResponsive(),
                budget.genderResponsiveShare().orElse(null));
    }
}
