package org.napacademy.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.shared.DateRange;

/** A reporting period whose check-in was due on {@code dueOn} and is still missing, {@code daysOverdue} days later. */
public record OverdueCheckIn(DateRange period, LocalDate dueOn, long daysOverdue) {

    static OverdueCheckIn of(ReportingPeriod period, LocalDate today) {
        return new OverdueCheckIn(period.dates(), period.dueOn(), ChronoUnit.DAYS.between(period.dueOn(), today));
    }
}
