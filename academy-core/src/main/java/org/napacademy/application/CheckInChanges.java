package org.napacademy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.StatusChange;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/**
 * What a check-in changed since the delegation's previous accepted check-in, as a trainer reviews it: each node's
 * status before and after (several changes of one node in one check-in count as one; a change undone counts as
 * none), and each actual the check-in brought beside the value it follows (the latest earlier actual of the same
 * indicator period and sex that this check-in did not bring).
 *
 * @param reportId         null only for a report not stored yet (as in unit tests)
 * @param previousReportId the delegation's previous accepted check-in, null when this is the first
 * @param previousPeriod   the reporting period of that check-in, null when there is none
 */
public record CheckInChanges(Long reportId, Long previousReportId, DateRange previousPeriod,
                             List<StatusLine> statuses, List<ActualLine> actuals) {

    public CheckInChanges {
        statuses = List.copyOf(statuses);
        actuals = List.copyOf(actuals);
    }

    /** A node whose status the check-in changed. */
    public record StatusLine(Long nodeId, String nodeTitle, ResultLevel level, ProgressStatus before, ProgressStatus after) { }

    /**
     * An actual the check-in brought; {@code sex} null for the total, {@code previousValue} and
     * {@code previousAsOf} null when nothing was measured before.
     */
    public record ActualLine(Long measurementId, String indicatorTitle, DateRange period, Sex sex, BigDecimal value,
                             LocalDate asOf, String comment, BigDecimal previousValue, LocalDate previousAsOf) { }

    /** Compares {@code report} with the latest accepted check-in among {@code reportsOfDelegation} that ends before it. */
    public static CheckInChanges of(ProgressReport report, List<ProgressReport> reportsOfDelegation) {
        var previous = previousAccepted(report, reportsOfDelegation);
        return new CheckInChanges(report.id(), previous.map(ProgressReport::id).orElse(null),
                previous.map(ProgressReport::reportingPeriod).orElse(null), statusLines(report), actualLines(report));
    }

    private static Optional<ProgressReport> previousAccepted(ProgressReport report, List<ProgressReport> reports) {
        var end = report.reportingPeriod().end();
        return reports.stream()
                .filter(other -> other != report && (other.id() == null || !Objects.equals(other.id(), report.id())))
                .filter(other -> other.status() == ProgressReportStatus.ACCEPTED)
                .filter(other -> other.reportingPeriod().end().isBefore(end))
                .max(Comparator.comparing((ProgressReport other) -> other.reportingPeriod().end()));
    }

    private static List<StatusLine> statusLines(ProgressReport report) {
        var byNode = new LinkedHashMap<Object, List<StatusChange>>();
        report.statusChanges().forEach(change -> byNode.computeIfAbsent(nodeKey(change), key -> new ArrayList<>()).add(change));
        return byNode.values().stream()
                .map(changes -> {
                    var first = changes.get(0);
                    var node = first.node();
                    return new StatusLine(node.id(), node.title(), node.level(), first.from(),
                            changes.get(changes.size() - 1).to());
                })
                .filter(line -> line.before() != line.after())
                .toList();
    }

    /** A node by its id once stored, by itself before (unit tests build reports in memory). */
    private static Object nodeKey(StatusChange change) {
        return change.node().id() == null ? change.node() : change.node().id();
    }

    private static List<ActualLine> actualLines(ProgressReport report) {
        var brought = report.newActuals();
        return brought.stream().map(actual -> {
            var period = actual.period();
            var before = period.actuals().stream()
                    .filter(earlier -> brought.stream().noneMatch(b -> b == earlier))
                    .filter(earlier -> earlier.sex().equals(actual.sex()))
                    .filter(earlier -> !earlier.asOf().isAfter(actual.asOf()))
                    .max(Comparator.comparing(Measurement::asOf));
            return new ActualLine(actual.id(), period.indicator().title(), period.dates(),
                    actual.sex().orElse(null), actual.value().orElse(null), actual.asOf(), actual.comment().orElse(null),
                    before.flatMap(Measurement::value).orElse(null), before.map(Measurement::asOf).orElse(null));
        }).toList();
    }
}
