package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.application.CheckInChanges;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;

/** What a check-in changed since the delegation's previous accepted check-in (see {@link CheckInChanges}). */
public record CheckInChangesView(Long reportId, Long previousReportId, LocalDate previousPeriodStart, LocalDate previousPeriodEnd,
                                 List<Status> statusChanges, List<Actual> actuals) {

    public record Status(Long nodeId, String nodeTitle, ResultLevel level, ProgressStatus before, ProgressStatus after) { }

    public record Actual(Long measurementId, String indicatorTitle, LocalDate periodStart, LocalDate periodEnd, Sex sex,
                         BigDecimal value, LocalDate asOf, String comment, BigDecimal previousValue, LocalDate previousAsOf) { }

    static CheckInChangesView of(CheckInChanges changes) {
        var previous = changes.previousPeriod();
        return new CheckInChangesView(changes.reportId(), changes.previousReportId(),
                previous == null ? null : previous.start(), previous == null ? null : previous.end(),
                changes.statuses().stream().map(s -> new Status(s.nodeId(), s.nodeTitle(), s.level(), s.before(), s.after())).toList(),
                changes.actuals().stream().map(a -> new Actual(a.measurementId(), a.indicatorTitle(), a.period().start(),
                        a.period().end(), a.sex(), a.value(), a.asOf(), a.comment(), a.previousValue(), a.previousAsOf())).toList());
    }
}
