package org.napacademy.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The check-in rhythm a programme sets for its cohorts' delegations: a report every {@code intervalMonths}
 * for {@code months} after the cohort. Reporting starts on the first day of the month after the cohort's
 * last day, so periods follow calendar months (a cohort ending on 15 May reports on June-November, then
 * December-May). A period's check-in is due {@code graceDays} after the period ends.
 */
@Embeddable
public class ReportingCalendar {

    public static final int MAX_INTERVAL = 12;
    public static final int MAX_MONTHS = 60;
    public static final int MAX_GRACE_DAYS = 120;

    @Min(1) @Max(MAX_INTERVAL) @Column(name = "reporting_interval_months")
    private Integer intervalMonths;

    @Min(1) @Max(MAX_MONTHS) @Column(name = "reporting_months")
    private Integer months;

    @Min(0) @Max(MAX_GRACE_DAYS) @Column(name = "reporting_grace_days")
    private Integer graceDays;

    /** Boxed because a programme without a calendar leaves the three columns empty. */
    protected ReportingCalendar() { }     // for JPA only

    public ReportingCalendar(int intervalMonths, int months, int graceDays) {
        this.intervalMonths = Checks.between(intervalMonths, 1, MAX_INTERVAL, "interval in months");
        this.months = Checks.between(months, 1, MAX_MONTHS, "reporting months");
        this.graceDays = Checks.between(graceDays, 0, MAX_GRACE_DAYS, "grace days");
        if (intervalMonths > months)
            throw new IllegalArgumentException("an interval of " + intervalMonths + " months does not fit in " + months + " months of reporting");
    }

    /** The reporting periods after a cohort that met on {@code cohortDates}; the last one ends with the reporting. */
    public List<DateRange> periodsAfter(DateRange cohortDates) {
        var first = cohortDates.end().withDayOfMonth(1).plusMonths(1);
        var last = first.plusMonths(months).minusDays(1);
        var periods = new ArrayList<DateRange>();
        for (var start = first; !start.isAfter(last); start = start.plusMonths(intervalMonths)) {
            var end = start.plusMonths(intervalMonths).minusDays(1);
            periods.add(DateRange.of(start, end.isAfter(last) ? last : end));
        }
        return periods;
    }

    /** The period after the cohort holding {@code day}; empty before or after the reporting. */
    public Optional<DateRange> periodHolding(DateRange cohortDates, LocalDate day) {
        return periodsAfter(cohortDates).stream().filter(p -> p.contains(day)).findFirst();
    }

    /** The last day to send the period's check-in. */
    public LocalDate dueOn(DateRange period) { return period.end().plusDays(graceDays); }

    public int intervalMonths() { return intervalMonths; }

    public int months() { return months; }

    public int graceDays() { return graceDays; }

    @Override public boolean equals(Object o) {
        return o instanceof ReportingCalendar c && intervalMonths.equals(c.intervalMonths) && months.equals(c.months) && graceDays.equals(c.graceDays);
    }

    @Override public int hashCode() { return Objects.hash(intervalMonths, months, graceDays); }

    @Override public String toString() { return "every " + intervalMonths + " months for " + months + " months, " + graceDays + " days' grace"; }
}
