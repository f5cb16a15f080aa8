package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.shared.Money;

public record BudgetLineRequest(@NotNull @DecimalMin("0") BigDecimal amount,
                                @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
                                @Size(max = 200) String fundingSource, @NotNull GenderMarker genderMarker) {

    BudgetLine toBudgetLine() { return new BudgetLine(new Money(amount, currency), fundingSource, genderMarker); }
}
