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

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public BudgetLineRequest(BigDecimal amount, String currency, String fundingSource, GenderMarker genderMarker) {
        this.amount = amount;
        this.currency = currency;
        this.fundingSource = fundingSource;
        this.genderMarker = genderMarker;
    }

    BudgetLine toBudgetLine() { return new BudgetLine(new Money(amount, currency), fundingSource, genderMarker); }
}
