package org.napacademy.interfaces.ui.roadmaps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.napacademy.application.IndicatorChanges;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ReferenceFramework;

/** The indicator form's bean, mirroring the REST NewIndicatorRequest and IndicatorUpdateRequest. */
public class IndicatorDraft {
    private Long id;
    private long version;
    @NotBlank @Size(max = 300) private String title;
    @NotNull private IndicatorUnit unit;
    @NotNull private Boolean ascending;
    private BigDecimal baselineValue;
    private LocalDate baselineDate;
    @Size(max = 1000) private String meansOfVerification;
    private Boolean disaggregatedBySex;
    private ReferenceFramework referenceFramework;
    @Size(max = 50) private String referenceCode;

    static IndicatorDraft of(Indicator indicator) {
        var draft = new IndicatorDraft();
        draft.id = indicator.id();
        draft.version = indicator.version();
        draft.title = indicator.title();
        draft.unit = indicator.unit();
        draft.ascending = indicator.isAscending();
        draft.baselineValue = indicator.baselineValue().map(BigDecimal::stripTrailingZeros).orElse(null);
        draft.baselineDate = indicator.baselineDate().orElse(null);
        draft.meansOfVerification = indicator.meansOfVerification().orElse(null);
        draft.disaggregatedBySex = indicator.isDisaggregatedBySex();
        draft.referenceFramework = indicator.reference().map(ExternalReference::framework).orElse(null);
        draft.referenceCode = indicator.reference().map(ExternalReference::code).orElse(null);
        return draft;
    }

    static IndicatorDraft newIndicator() {
        var draft = new IndicatorDraft();
        draft.unit = IndicatorUnit.PERCENT;
        draft.ascending = true;
        draft.disaggregatedBySex = false;
        return draft;
    }

    boolean isNew() { return id == null; }

    Long id() { return id; }

    long version() { return version; }

    org.napacademy.application.IndicatorDraft toNew() {
        return new org.napacademy.application.IndicatorDraft(title, unit, ascending, baselineValue, baselineDate,
                meansOfVerification, Boolean.TRUE.equals(disaggregatedBySex), reference());
    }

    IndicatorChanges toChanges() {
        return new IndicatorChanges(title, baselineValue, baselineDate, meansOfVerification, Boolean.TRUE.equals(disaggregatedBySex),
                reference());
    }

    private ExternalReference reference() {
        if (referenceFramework == null && (referenceCode == null || referenceCode.isBlank())) return null;
        if (referenceFramework == null || referenceCode == null || referenceCode.isBlank())
            throw new IllegalArgumentException("A reference needs both its framework and its code");
        return new ExternalReference(referenceFramework, referenceCode);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public Boolean getAscending() { return ascending; }
    public void setAscending(Boolean ascending) { this.ascending = ascending; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public LocalDate getBaselineDate() { return baselineDate; }
    public void setBaselineDate(LocalDate baselineDate) { this.baselineDate = baselineDate; }
    public String getMeansOfVerification() { return meansOfVerification; }
    public void setMeansOfVerification(String meansOfVerification) { this.meansOfVerification = meansOfVerification; }
    public Boolean getDisaggregatedBySex() { return disaggregatedBySex; }
    public void setDisaggregatedBySex(Boolean disaggregatedBySex) { this.disaggregatedBySex = disaggregatedBySex; }
    public ReferenceFramework getReferenceFramework() { return referenceFramework; }
    public void setReferenceFramework(ReferenceFramework referenceFramework) { this.referenceFramework = referenceFramework; }
    public String getReferenceCode() { return referenceCode; }
    public void setReferenceCode(String referenceCode) { this.referenceCode = referenceCode; }
}
