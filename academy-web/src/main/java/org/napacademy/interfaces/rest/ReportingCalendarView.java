package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ReportingCalendar;

/** A programme's check-in rhythm; {@code version} is the programme's (the calendar is part of it). */
public record ReportingCalendarView(Long programmeId, long version, int intervalMonths, int months, int graceDays) {

    static ReportingCalendarView of(Programme programme, ReportingCalendar calendar) {
        return new ReportingCalendarView(programme.id(), programme.version(), calendar.intervalMonths(), calendar.months(),
                calendar.graceDays());
    }
}
