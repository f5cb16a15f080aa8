package org.napacademy.domain.model.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;

/**
 * A target or actual value of an indicator in a period (IATI target / actual). The sex dimension is only
 * allowed on sex-disaggregated indicators; null means the total. A progress report that brought an actual
 * refers to it through the measurement's progress_report_id column (mapped on the report's side).
 */
@Entity
@Table(name = "measurement")
public class Measurement extends AbstractEntity implements Audited {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private Period period;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "measurement_kind", nullable = false, length = 10)
    private MeasurementKind kind;

    @Column(name = "measured_value", precision = 19, scale = 4)
    private BigDecimal value;

    @Enumerated(EnumType.STRING) @Column(name = "sex", length = 20)
    private Sex sex;

    @NotNull @Column(name = "as_of_date", nullable = false)
    private LocalDate asOf;

    @Size(max = 2000) @Column(name = "measurement_comment", length = 2000)
    private String comment;

    @Size(max = 1000) @Column(name = "evidence_link", length = 1000)
    private String evidenceLink;

    protected Measurement() { }           // for JPA only

    Measurement(Period period, MeasurementKind kind, BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
        var indicator = period.indicator();
        this.period = period;
        this.kind = kind;
        this.comment = Checks.optionalText(comment, 2000, "comment");
        this.evidenceLink = Checks.optionalText(evidenceLink, 1000, "evidence link");
        if (indicator.unit() == IndicatorUnit.QUALITATIVE) {
            indicator.requireFits(value);
            if (this.comment == null) throw new RoadmapRuleViolation("A qualitative measurement needs a narrative comment");
        } else {
            indicator.requireFits(Checks.present(value, "value"));
            this.value = value.setScale(4, RoundingMode.HALF_UP);
        }
        if (sex != null && !indicator.isDisaggregatedBySex())
            throw new RoadmapRuleViolation("Indicator " + indicator + " is not disaggregated by sex");
        this.sex = sex;
        if (!period.dates().contains(Checks.present(asOf, "as-of date")))
            throw new RoadmapRuleViolation("The date " + asOf + " lies outside the period " + period.dates());
        this.asOf = asOf;
    }

    public Period period() { return period; }

    public MeasurementKind kind() { return kind; }

    /** Empty for qualitative indicators, whose measurements are narratives. */
    public Optional<BigDecimal> value() { return Optional.ofNullable(value); }

    /** Empty for the total. */
    public Optional<Sex> sex() { return Optional.ofNullable(sex); }

    /** The day the value describes, inside the period (a target: the period's end). */
    public LocalDate asOf() { return asOf; }

    public Optional<String> comment() { return Optional.ofNullable(comment); }

    public Optional<String> evidenceLink() { return Optional.ofNullable(evidenceLink); }

    @Override public AuditState auditState() {
        return AuditState.of().with("kind", kind).with("value", value).with("sex", sex).with("asOf", asOf)
                .with("comment", comment).with("evidenceLink", evidenceLink).with("period", period);
    }

    @Override public Optional<Long> auditRoadmapId() { return period.auditRoadmapId(); }

    @Override public Optional<Long> auditNodeId() { return period.auditNodeId(); }

    @Override public String toString() { return kind + " " + (value == null ? comment : value.stripTrailingZeros().toPlainString()) + " as of " + asOf; }
}
