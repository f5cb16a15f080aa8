package org.napacademy.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** A non-negative amount in an ISO 4217 currency, kept at the column's scale of 4. */
@Embeddable
public class Money {

    public static final int SCALE = 4;

    @NotNull @DecimalMin("0") @Column(name = "amount", nullable = false, precision = 19, scale = SCALE)
    private BigDecimal amount;

    @NotNull @Pattern(regexp = "[A-Z]{3}") @Column(name = "currency_code", nullable = false, length = 3)
    private String currencyCode;

    protected Money() { }                 // for JPA only

    public Money(BigDecimal amount, String currencyCode) {
        Checks.present(amount, "amount");
        Checks.present(currencyCode, "currency code");
        if (amount.signum() < 0) throw new IllegalArgumentException("amount must not be negative");
        if (!currencyCode.matches("[A-Z]{3}")) throw new IllegalArgumentException("not an ISO 4217 code: " + currencyCode);
        Currency.getInstance(currencyCode);   // refuses codes ISO 4217 does not know
        this.amount = amount.setScale(SCALE, RoundingMode.HALF_UP);
        this.currencyCode = currencyCode;
    }

    public static Money of(String amount, String currencyCode) { return new Money(new BigDecimal(amount), currencyCode); }

    public BigDecimal amount() { return amount; }

    public String currencyCode() { return currencyCode; }

    public Money plus(Money other) {
        if (!currencyCode.equals(other.currencyCode))
            throw new IllegalArgumentException("cannot add " + other.currencyCode + " to " + currencyCode);
        return new Money(amount.add(other.amount), currencyCode);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Money other && amount.compareTo(other.amount) == 0 && currencyCode.equals(other.currencyCode);
    }

    @Override public int hashCode() { return Objects.hash(amount.stripTrailingZeros(), currencyCode); }

    @Override public String toString() { return currencyCode + " " + amount.stripTrailingZeros().toPlainString(); }
}
