package org.napacademy.infrastructure.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.shared.DateRange;

/** An indicator to build, written fluently: periods with targets, then the actuals of the last period. */
final class IndicatorPlan implements NodePart {

    record Value(BigDecimal value, Sex sex, LocalDate asOf, String comment) { }

    record PeriodPlan(DateRange dates, List<Value> targets, List<Value> actuals) { }

    final String title;
    final IndicatorUnit unit;
    final boolean ascending;
    final BigDecimal baseline;
    final LocalDate baselineDate;
    String meansOfVerification;
    boolean bySex;
    ExternalReference reference;
    final List<PeriodPlan> periods = new ArrayList<>();

    IndicatorPlan(String title, IndicatorUnit unit, boolean ascending, String baseline, String baselineDate) {
        this.title = title;
        this.unit = unit;
        this.ascending = ascending;
        this.baseline = new BigDecimal(baseline);
        this.baselineDate = LocalDate.parse(baselineDate);
    }

    IndicatorPlan verifiedBy(String means) {
        this.meansOfVerification = means;
        return this;
    }

    IndicatorPlan bySex() {
        this.bySex = true;
        return this;
    }

    IndicatorPlan refersTo(ReferenceFramework framework, String code) {
        this.reference = new ExternalReference(framework, code);
        return this;
    }

    IndicatorPlan period(DateRange dates, String target) {
        var period = new PeriodPlan(dates, new ArrayList<>(), new ArrayList<>());
        period.targets().add(new Value(new BigDecimal(target), null, dates.end(), null));
        periods.add(period);
        return this;
    }

    /** The last period's target for women, on a sex-disaggregated indicator. */
    IndicatorPlan targetForWomen(String target) {
        var period = lastPeriod();
        period.targets().add(new Value(new BigDecimal(target), Sex.FEMALE, period.dates().end(), null));
        return this;
    }

    IndicatorPlan actual(String value, String asOf, String comment) {
        lastPeriod().actuals().add(new Value(new BigDecimal(value), null, LocalDate.parse(asOf), comment));
        return this;
    }

    IndicatorPlan actualForWomen(String value, String asOf) {
        lastPeriod().actuals().add(new Value(new BigDecimal(value), Sex.FEMALE, LocalDate.parse(asOf), null));
        return this;
    }

    private PeriodPlan lastPeriod() {
        if (periods.isEmpty()) throw new IllegalStateException("Plan a period of " + title + " first");
        return periods.get(periods.size() - 1);
    }
}
