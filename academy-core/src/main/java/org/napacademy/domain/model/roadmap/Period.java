package org.napacademy.domain.model.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
 * A span of an indicator with its targets (one per sex dimension; null = total) and actuals (as many
 * as were reported, the latest by as-of date counting).
 */
@Entity
@Table(name = "indicator_period")
public class Period extends AbstractEntity implements Audited {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @NotNull @Valid @Embedded
    private DateRange dates;

    @OneToMany(mappedBy = "period", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Measurement> measurements = new ArrayList<>();

    protected Period() { }                // for JPA only

    Period(Indicator indicator, DateRange dates) {
        this.indicator = indicator;
        this.dates = dates;
    }

    /**
     * Plans (or re-plans) the target for {@code sex} (null for the total), as of the period's end. It must
     * lie on the indicator's side of the baseline. A qualitative target is a narrative in {@code comment}.
     */
    public Measurement planTarget(BigDecimal value, Sex sex, String comment) {
        indicator.node().roadmap().requireDraft();
        var target = new Measurement(this, MeasurementKind.TARGET, value, sex, dates.end(), comment, null);
        if (value != null) indicator.requireTowardTarget(indicator.baselineValue().orElse(null), value);
        measurements.removeIf(m -> m.kind() == MeasurementKind.TARGET && m.sex().orElse(null) == sex);
        measurements.add(target);
        return target;
    }

    /** Records an observed value as of a day inside the period; allowed in every roadmap status. */
    public Measurement recordActual(BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
        var actual = new Measurement(this, MeasurementKind.ACTUAL, value, sex, asOf, comment, evidenceLink);
        measurements.add(actual);
        return actual;
    }

    /** Corrects a measurement recorded by mistake. */
    public void withdraw(Measurement measurement) {
        if (!measurements.remove(measurement)) throw new RoadmapRuleViolation(measurement + " is not in " + this);
    }

    public Optional<Measurement> target(Sex sex) {
        return measurements.stream().filter(m -> m.kind() == MeasurementKind.TARGET && m.sex().orElse(null) == sex).findFirst();
    }

    /** The actual with the latest as-of date; among equal dates the one recorded last. */
    public Optional<Measurement> latestActual(Sex sex) {
        var actuals = measurements.stream().filter(m -> m.kind() == MeasurementKind.ACTUAL && m.sex().orElse(null) == sex).toList();
        return actuals.stream().reduce((a, b) -> b.asOf().isBefore(a.asOf()) ? a : b);
    }

    /** The latest actual ({@link #latestActual}) of the total, then of each sex that has one. */
    public List<Measurement> latestActuals() {
        var dimensions = new ArrayList<Sex>();
        dimensions.add(null);
        dimensions.addAll(List.of(Sex.values()));
        return dimensions.stream().map(this::latestActual).flatMap(Optional::stream).toList();
    }

    public Optional<Achievement> achievement() { return achievement(null); }

    /** See {@link Achievement} for the formula and the target-equals-baseline case. Empty for qualitative indicators. */
    public Optional<Achievement> achievement(Sex sex) {
        var baseline = indicator.baselineValue();
        var target = target(sex).flatMap(Measurement::value);
        var actual = latestActual(sex);
        if (baseline.isEmpty() || target.isEmpty() || actual.flatMap(Measurement::value).isEmpty()) return Optional.empty();
        return Optional.of(Achievement.of(indicator.isAscending(), baseline.get(), target.get(),
                actual.get().value().orElseThrow(), actual.get().asOf()));
    }

    /** Share of the period's days elapsed by the end of {@code day}, 0..1. */
    public BigDecimal elapsedShare(LocalDate day) {
        if (day.isBefore(dates.start())) return BigDecimal.ZERO;
        if (!day.isBefore(dates.end())) return BigDecimal.ONE;
        long elapsed = ChronoUnit.DAYS.between(dates.start(), day) + 1;
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(dates.days()), Achievement.SCALE, RoundingMode.HALF_UP);
    }

    public Indicator indicator() { return indicator; }

    public DateRange dates() { return dates; }

    public List<Measurement> measurements() { return Collections.unmodifiableList(measurements); }

    public List<Measurement> targets() { return measurements.stream().filter(m -> m.kind() == MeasurementKind.TARGET).toList(); }

    /** Oldest first. */
    public List<Measurement> actuals() {
        return measurements.stream().filter(m -> m.kind() == MeasurementKind.ACTUAL)
                .sorted(Comparator.comparing(Measurement::asOf)).toList();
    }

    /** Its targets and actuals are audited as measurements of their own. */
    @Override public AuditState auditState() {
        return AuditState.of().with("indicator", indicator).with("start", dates.start()).with("end", dates.end());
    }

    @Override public Optional<Long> auditRoadmapId() { return indicator.auditRoadmapId(); }

    @Override public Optional<Long> auditNodeId() { return indicator.auditNodeId(); }

    @Override public String toString() { return indicator + " " + dates; }
}
