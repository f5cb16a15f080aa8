package org.napacademy.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.Money;

/**
 * Money committed to a result, where it comes from and how it targets gender equality. Holds the
 * amount's columns itself (not a nested Money) because it lives in an element collection.
 */
@Embeddable
public class BudgetLine {

    @NotNull @DecimalMin("0") @Column(name = "amount", nullable = false, precision = 19, scale = Money.SCALE)
    private BigDecimal amount;

    @NotNull @Pattern(regexp = "[A-Z]{3}") @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    @Size(max = 200) @Column(name = "funding_source", length = 200)
    private String fundingSource;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "gender_marker", nullable = false, length = 20)
    private GenderMarker genderMarker;

    protected BudgetLine() { }            // for JPA only

    public BudgetLine(Money money, String fundingSource, GenderMarker genderMarker) {
        Checks.present(money, "amount");
        this.amount = money.amount();
        this.currencyCode = money.currencyCode();
        this.fundingSource = Checks.optionalText(fundingSource, 200, "funding source");
        this.genderMarker = Checks.present(genderMarker, "gender marker");
    }

    public Money money() { return new Money(amount, currencyCode); }

    public Optional<String> fundingSource() { return Optional.ofNullable(fundingSource); }

    public GenderMarker genderMarker() { return genderMarker; }

    @Override public boolean equals(Object o) {
        return o instanceof BudgetLine other && money().equals(other.money())
                && Objects.equals(fundingSource, other.fundingSource) && genderMarker == other.genderMarker;
    }

    @Override public int hashCode() { return Objects.hash(money(), fundingSource, genderMarker); }

    @Override public String toString() { return money() + " (" + genderMarker + ")"; }
}
