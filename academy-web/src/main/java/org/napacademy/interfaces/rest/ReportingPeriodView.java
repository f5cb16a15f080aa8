package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingState;

/** A reporting period in its state; {@code noUpdate} when its check-in is due and missing. */
public record ReportingPeriodView(LocalDate startDate, LocalDate endDate, LocalDate dueOn, ReportingState state,
                                  boolean noUpdate, boolean locked, Long reportId) {

    static ReportingPeriodView of(ReportingPeriod period) {
        return new ReportingPeriodView(period.dates().start(), period.dates().end(), period.dueOn(), period.state(),
                period.noUpdate(), period.state() == ReportingState.ACCEPTED, period.reportId());
    }
}
