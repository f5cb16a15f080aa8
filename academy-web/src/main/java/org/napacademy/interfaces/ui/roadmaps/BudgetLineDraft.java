package org.napacademy.interfaces.ui.roadmaps;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.shared.Money;

/** The budget line form's bean, mirroring the REST BudgetLineRequest; {@code index} is the line's place, null for a new one. */
public class BudgetLineDraft {
    private Integer index;
    @NotNull @DecimalMin("0") private BigDecimal amount;
    @NotNull @Pattern(regexp = "[A-Z]{3}") private String currency;
    @Size(max = 200) private String fundingSource;
    @NotNull private GenderMarker genderMarker;

    static BudgetLineDraft of(BudgetLine line, int index) {
        var draft = new BudgetLineDraft();
        draft.index = index;
        draft.amount = line.money().amount().stripTrailingZeros();
        draft.currency = line.money().currencyCode();
        draft.fundingSource = line.fundingSource().orElse(null);
        draft.genderMarker = line.genderMarker();
        return draft;
    }

    static BudgetLineDraft newLine(String currency) {
        var draft = new BudgetLineDraft();
        draft.currency = currency;
        draft.genderMarker = GenderMarker.SIGNIFICANT;
        return draft;
    }

    Integer index() { return index; }

    BudgetLine toBudgetLine() { return new BudgetLine(new Money(amount, currency), fundingSource, genderMarker); }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public GenderMarker getGenderMarker() { return genderMarker; }
    public void setGenderMarker(GenderMarker genderMarker) { this.genderMarker = genderMarker; }
}
