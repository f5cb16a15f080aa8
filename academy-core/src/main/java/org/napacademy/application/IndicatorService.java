package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;
import org.napacademy.domain.model.shared.DateRange;

/** Indicators of outcomes and outputs, their periods, targets and actual measurements. */
@ApplicationScoped
@Transactional
public class IndicatorService {

    @Inject RoadmapRepository roadmaps;
    @Inject ProgressReportRepository reports;
    @Inject AccessPolicy access;

    /** In the node's display order. */
    public List<Indicator> indicatorsOf(long nodeId) {
        var node = roadmaps.node(nodeId).orElseThrow(() -> new EntityNotFound("node", nodeId));
        access.requireReadable(node.roadmap());
        return loaded(node.indicators());
    }

    public Indicator indicator(long indicatorId) {
        var indicator = foundIndicator(indicatorId);
        access.requireReadable(roadmapOf(indicator));
        return loaded(indicator);
    }

    public Indicator addIndicator(long nodeId, IndicatorDraft draft) {
        var node = roadmaps.node(nodeId).orElseThrow(() -> new EntityNotFound("node", nodeId));
        access.requireEditable(node.roadmap());
        var indicator = node.addIndicator(draft.title(), Checks.present(draft.unit(), "unit"),
                Checks.present(draft.ascending(), "ascending"), draft.baselineValue(), draft.baselineDate());
        indicator.verifyBy(draft.meansOfVerification());
        indicator.referTo(draft.reference());
        if (draft.disaggregatedBySex()) indicator.disaggregateBySex();
        roadmaps.flush();
        return indicator;
    }

    /** The baseline and the disaggregation are structure, so they are only touched when they change. */
    public Indicator updateIndicator(long indicatorId, long expectedVersion, IndicatorChanges changes) {
        var indicator = editableIndicator(indicatorId);
        Versions.requireCurrent(indicator, "indicator", expectedVersion);
        indicator.rename(changes.title());
        indicator.verifyBy(changes.meansOfVerification());
        indicator.referTo(changes.reference());
        if (!sameNumber(changes.baselineValue(), indicator.baselineValue().orElse(null))
                || !Objects.equals(changes.baselineDate(), indicator.baselineDate().orElse(null)))
            indicator.rebaseline(changes.baselineValue(), changes.baselineDate());
        if (changes.disaggregatedBySex() != indicator.isDisaggregatedBySex()) {
            if (changes.disaggregatedBySex()) indicator.disaggregateBySex();
            else indicator.stopDisaggregatingBySex();
        }
        roadmaps.flush();
        return indicator;
    }

    public void deleteIndicator(long indicatorId, long expectedVersion) {
        var indicator = editableIndicator(indicatorId);
        Versions.requireCurrent(indicator, "indicator", expectedVersion);
        requireUnreported(indicator.periods().stream().flatMap(p -> p.measurements().stream()).toList(), indicator.toString());
        indicator.node().removeIndicator(indicator);
        roadmaps.flush();
    }

    /** Oldest first, with their measurements. */
    public List<Period> periodsOf(long indicatorId) {
        return indicator(indicatorId).periods();
    }

    public Period period(long periodId) {
        var period = foundPeriod(periodId);
        access.requireReadable(roadmapOf(period.indicator()));
        return loaded(period);
    }

    public Period addPeriod(long indicatorId, DateRange dates, List<PlannedTarget> targets) {
        var period = editableIndicator(indicatorId).addPeriod(Checks.present(dates, "dates"));
        targets.forEach(target -> period.planTarget(target.value(), target.sex(), target.comment()));
        roadmaps.flush();
        return period;
    }

    /**
     * Replaces the period's targets: each listed one is planned (re-planned for a sex already targeted),
     * and targets for a sex no longer listed are withdrawn. A period's dates are fixed once it exists.
     */
    public Period replaceTargets(long periodId, long expectedVersion, List<PlannedTarget> targets) {
        var period = editablePeriod(periodId);
        Versions.requireCurrent(period, "period", expectedVersion);
        var kept = targets.stream().map(PlannedTarget::sex).toList();
        var dropped = period.targets().stream().filter(t -> !kept.contains(t.sex().orElse(null))).toList();
        if (!dropped.isEmpty()) requireDraftForTargets(period);
        dropped.forEach(period::withdraw);
        targets.forEach(target -> period.planTarget(target.value(), target.sex(), target.comment()));
        roadmaps.touch(period);
        roadmaps.flush();
        return period;
    }

    public void deletePeriod(long periodId, long expectedVersion) {
        var period = editablePeriod(periodId);
        Versions.requireCurrent(period, "period", expectedVersion);
        requireUnreported(period.measurements(), period.toString());
        period.indicator().removePeriod(period);
        roadmaps.flush();
    }

    /** Targets first, then actuals oldest first. */
    public List<Measurement> measurementsOf(long periodId) {
        var period = period(periodId);
        return Stream.concat(period.targets().stream(), period.actuals().stream()).toList();
    }

    public Measurement measurement(long measurementId) {
        var measurement = foundMeasurement(measurementId);
        access.requireReadable(roadmapOf(measurement.period().indicator()));
        return measurement;
    }

    public Measurement addMeasurement(long periodId, NewMeasurement command) {
        var period = editablePeriod(periodId);
        var measurement = switch (Checks.present(command.kind(), "kind")) {
            case TARGET -> {
                var target = period.planTarget(command.value(), command.sex(), command.comment());
                roadmaps.touch(period);   // a target replaces one: concurrent plans must not both win
                yield target;
            }
            case ACTUAL -> period.recordActual(command.value(), command.sex(), Checks.present(command.asOf(), "asOf of an actual"),
                    command.comment(), command.evidenceLink());
        };
        roadmaps.flush();
        return measurement;
    }

    /** Withdraws a measurement entered by mistake; one a progress report brought stays with its report. */
    public void deleteMeasurement(long measurementId, long expectedVersion) {
        var measurement = foundMeasurement(measurementId);
        access.requireEditable(roadmapOf(measurement.period().indicator()));
        Versions.requireCurrent(measurement, "measurement", expectedVersion);
        if (measurement.kind() == MeasurementKind.TARGET) requireDraftForTargets(measurement.period());
        requireUnreported(List.of(measurement), measurement.toString());
        measurement.period().withdraw(measurement);
        roadmaps.flush();
    }

    private Indicator foundIndicator(long indicatorId) {
        return roadmaps.indicator(indicatorId).orElseThrow(() -> new EntityNotFound("indicator", indicatorId));
    }

    private Indicator editableIndicator(long indicatorId) {
        var indicator = foundIndicator(indicatorId);
        access.requireEditable(roadmapOf(indicator));
        return loaded(indicator);
    }

    private Period foundPeriod(long periodId) {
        return roadmaps.period(periodId).orElseThrow(() -> new EntityNotFound("period", periodId));
    }

    private Period editablePeriod(long periodId) {
        var period = foundPeriod(periodId);
        access.requireEditable(roadmapOf(period.indicator()));
        return loaded(period);
    }

    private Measurement foundMeasurement(long measurementId) {
        return roadmaps.measurement(measurementId).orElseThrow(() -> new EntityNotFound("measurement", measurementId));
    }

    private static Roadmap roadmapOf(Indicator indicator) { return indicator.node().roadmap(); }

    /** Targets are structure: like the periods that hold them, they change only while the roadmap is a draft. */
    private static void requireDraftForTargets(Period period) {
        var roadmap = period.indicator().node().roadmap();
        if (!roadmap.isDraft())
            throw new RoadmapRuleViolation("The roadmap is " + roadmap.status() + "; its targets change only in DRAFT");
    }

    private void requireUnreported(List<Measurement> measurements, String what) {
        if (reports.anyBroughtByReport(measurements))
            throw new RoadmapRuleViolation(what + " holds actuals a progress report brought; they stay with the report");
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Reads the periods and measurements inside the transaction, so views can be built after it. */
    private static Indicator loaded(Indicator indicator) {
        indicator.periods().forEach(p -> p.measurements().size());
        return indicator;
    }

    private static List<Indicator> loaded(List<Indicator> indicators) {
        indicators.forEach(IndicatorService::loaded);
        return List.copyOf(indicators);
    }

    private static Period loaded(Period period) {
        period.measurements().size();
        return period;
    }
}
