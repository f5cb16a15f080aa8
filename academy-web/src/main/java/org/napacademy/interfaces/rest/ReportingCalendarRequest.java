package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.programme.ReportingCalendar;

/**
 * Body of PUT /programmes/{id}/reporting-calendar: a check-in every {@code intervalMonths} for
 * {@code months} after each cohort, due {@code graceDays} after the period ends (30 when left out).
 * {@code version} (or If-Match) is the programme's, optional.
 */
public record ReportingCalendarRequest(@NotNull @Min(1) @Max(ReportingCalendar.MAX_INTERVAL) Integer intervalMonths,
                                       @NotNull @Min(1) @Max(ReportingCalendar.MAX_MONTHS) Integer months,
                                       @Min(0) @Max(ReportingCalendar.MAX_GRACE_DAYS) Integer graceDays,
                                       Long version) {

    static final int DEFAULT_GRACE_DAYS = 30;

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ReportingCalendarRequest(Integer intervalMonths, Integer months, Integer graceDays, Long version) {
        this.intervalMonths = intervalMonths;
        this.months = months;
        this.graceDays = graceDays;
        this.version = version;
    }

    ReportingCalendar toCalendar() {
        return new ReportingCalendar(intervalMonths, months, graceDays == null ? DEFAULT_GRACE_DAYS : graceDays);
    }
}
