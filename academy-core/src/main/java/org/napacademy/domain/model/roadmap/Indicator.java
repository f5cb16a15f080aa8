package org.napacademy.domain.model.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * Measures an outcome or output against a baseline, period by period (IATI result / indicator).
 * Ascending indicators aim above the baseline, descending ones below it; targets must point that way.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity implements Audited {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_node_id", nullable = false)
    private ResultNode node;

    @NotBlank @Size(max = 300) @Column(name = "title", nullable = false, length = 300)
    private String title;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "indicator_unit", nullable = false, length = 20)
    private IndicatorUnit unit;

    @Column(name = "is_ascending", nullable = false)
    private boolean ascending;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Size(max = 1000) @Column(name = "means_of_verification", length = 1000)
    private String meansOfVerification;

    @Column(name = "disaggregated_by_sex", nullable = false)
    private boolean disaggregatedBySex;

    @Valid @Embedded
    private ExternalReference reference;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Period> periods = new ArrayList<>();

    protected Indicator() { }             // for JPA only

    Indicator(ResultNode node, String title, IndicatorUnit unit, boolean ascending, BigDecimal baselineValue, LocalDate baselineDate) {
        this.node = node;
        this.unit = Checks.present(unit, "unit");
        this.ascending = ascending;
        rename(title);
        rebaseline(baselineValue, baselineDate);
    }

    public void rename(String newTitle) { this.title = Checks.text(newTitle, 300, "indicator title"); }

    public void verifyBy(String means) { this.meansOfVerification = Checks.optionalText(means, 1000, "means of verification"); }

    /** Null to clear. */
    public void referTo(ExternalReference externalReference) { this.reference = externalReference; }

    /** Targets already planned must still point in the indicator's direction from the new baseline. */
    public void rebaseline(BigDecimal value, LocalDate date) {
        node.roadmap().requireDraft();
        if (unit == IndicatorUnit.QUALITATIVE) {
            if (value != null) throw new RoadmapRuleViolation("A qualitative indicator has no numeric baseline");
        } else {
            requireFits(Checks.present(value, "baseline value"));
        }
        if (value != null)
            periods.forEach(p -> p.targets().forEach(t -> requireTowardTarget(value, t.value().orElseThrow())));
        this.baselineValue = value;
        this.baselineDate = date;
    }

    public void disaggregateBySex() {
        node.roadmap().requireDraft();
        this.disaggregatedBySex = true;
    }

    /** Refused while measurements by sex exist. */
    public void stopDisaggregatingBySex() {
        node.roadmap().requireDraft();
        if (periods.stream().flatMap(p -> p.measurements().stream()).anyMatch(m -> m.sex().isPresent()))
            throw new RoadmapRuleViolation("Measurements by sex exist for " + this);
        this.disaggregatedBySex = false;
    }

    /** Periods of one indicator never overlap. */
    public Period addPeriod(DateRange dates) {
        node.roadmap().requireDraft();
        Checks.present(dates, "period dates");
        periods.stream().filter(p -> p.dates().overlaps(dates)).findFirst().ifPresent(p -> {
            throw new RoadmapRuleViolation("The period " + dates + " overlaps " + p.dates());
        });
        var period = new Period(this, dates);
        periods.add(period);
        return period;
    }

    public void removePeriod(Period period) {
        node.roadmap().requireDraft();
        if (!periods.remove(period)) throw new RoadmapRuleViolation(period + " is not a period of " + this);
    }

    /** Achievement of the totals (no sex dimension); see {@link #achievement(Sex)}. */
    public Optional<Achievement> achievement() { return achievement(null); }

    /**
     * The achievement in the latest period (by start date) that has both a target and an actual for
     * {@code sex} (null for the total), using that period's latest actual.
     */
    public Optional<Achievement> achievement(Sex sex) {
        return periods.stream().sorted(Comparator.comparing((Period p) -> p.dates().start()).reversed())
                .map(p -> p.achievement(sex)).flatMap(Optional::stream).findFirst();
    }

    /**
     * On track when the latest achievement keeps pace with time: its ratio is at least the share of its
     * period elapsed at the actual's as-of date (half way through the period, half way to the target).
     */
    public boolean isOnTrack() {
        return periods.stream().sorted(Comparator.comparing((Period p) -> p.dates().start()).reversed())
                .filter(p -> p.achievement().isPresent()).findFirst()
                .map(p -> p.achievement().orElseThrow().ratio().compareTo(p.elapsedShare(p.achievement().orElseThrow().asOf())) >= 0)
                .orElse(false);
    }

    void requireFits(BigDecimal value) {
        switch (unit) {
            case QUALITATIVE -> { if (value != null) throw new RoadmapRuleViolation("A qualitative indicator takes narratives, not numbers"); }
            case PERCENT -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)
                    throw new RoadmapRuleViolation("A percentage lies between 0 and 100, not " + value);
            }
            case YES_NO -> {
                if (value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0)
                    throw new RoadmapRuleViolation("A yes/no value is 0 or 1, not " + value);
            }
            case NUMBER -> { }
        }
    }

    void requireTowardTarget(BigDecimal baseline, BigDecimal target) {
        if (baseline == null) return;
        int direction = target.compareTo(baseline);
        if (ascending ? direction < 0 : direction > 0)
            throw new RoadmapRuleViolation("The target " + target.stripTrailingZeros().toPlainString() + " lies "
                    + (ascending ? "below" : "above") + " the baseline of a" + (ascending ? "n ascending" : " descending") + " indicator");
    }

    public ResultNode node() { return node; }

    public String title() { return title; }

    public IndicatorUnit unit() { return unit; }

    /** True when higher values are better. */
    public boolean isAscending() { return ascending; }

    public Optional<BigDecimal> baselineValue() { return Optional.ofNullable(baselineValue); }

    public Optional<LocalDate> baselineDate() { return Optional.ofNullable(baselineDate); }

    public Optional<String> meansOfVerification() { return Optional.ofNullable(meansOfVerification); }

    public boolean isDisaggregatedBySex() { return disaggregatedBySex; }

    public Optional<ExternalReference> reference() { return Optional.ofNullable(reference); }

    /** Oldest first. */
    public List<Period> periods() { return periods.stream().sorted(Comparator.comparing(p -> p.dates().start())).toList(); }

    @Override public AuditState auditState() {
        return AuditState.of().with("title", title).with("unit", unit).with("ascending", ascending)
                .with("baselineValue", baselineValue).with("baselineDate", baselineDate)
                .with("meansOfVerification", meansOfVerification).with("disaggregatedBySex", disaggregatedBySex)
                .with("reference", reference).with("node", node);
    }

    @Override public Optional<Long> auditRoadmapId() { return Optional.ofNullable(node.roadmap().id()); }

    @Override public Optional<Long> auditNodeId() { return Optional.ofNullable(node.id()); }

    @Override public String toString() { return title; }
}
