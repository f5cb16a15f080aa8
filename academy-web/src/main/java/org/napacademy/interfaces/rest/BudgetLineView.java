package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;

public record BudgetLineView(BigDecimal amount, String currency, String fundingSource, GenderMarker genderMarker) {

    static BudgetLineView of(BudgetLine line) {
        return new BudgetLineView(line.money().amount(), line.money().currencyCode(), line.fundingSource().orElse(null),
                line.genderMarker());
    }
}
