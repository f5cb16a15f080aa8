package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.application.OverdueCheckIn;

/** A reporting period whose check-in is overdue. */
public record OverdueCheckInView(LocalDate startDate, LocalDate endDate, LocalDate dueOn, long daysOverdue) {

    static OverdueCheckInView of(OverdueCheckIn overdue) {
        return new OverdueCheckInView(overdue.period().start(), overdue.period().end(), overdue.dueOn(), overdue.daysOverdue());
    }
}
