package org.napacademy.domain.model.accompaniment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A delegation's reporting calendar with its check-ins: the one place that says which periods are due,
 * submitted, accepted, returned or overdue, and which are locked.
 * <p>
 * A check-in counts for the calendar period that holds the last day it reports on; a check-in outside
 * the calendar (or without one) stands for its own reporting period. Drafts count for nothing until
 * submitted.
 */
public final class ReportingSchedule {

    private final ReportingCalendar calendar;
    private final DateRange cohortDates;
    private final List<ProgressReport> reports;

    /** {@code calendar} may be null: the programme has not set one, so there are no periods, only locks. */
    public ReportingSchedule(ReportingCalendar calendar, DateRange cohortDates, List<ProgressReport> reports) {
        this.calendar = calendar;
        this.cohortDates = Checks.present(cohortDates, "cohort dates");
        this.reports = List.copyOf(reports);
    }

    /** The schedule of a delegation: its programme's calendar after its cohort, with the delegation's reports. */
    public static ReportingSchedule of(Delegation delegation, List<ProgressReport> reportsOfDelegation) {
        var cohort = delegation.cohort();
        return new ReportingSchedule(cohort.programme().reportingCalendar().orElse(null), cohort.dates(), reportsOfDelegation);
    }

    /** The calendar's periods in order, each in its state on {@code today}. */
    public List<ReportingPeriod> periods(LocalDate today) {
        if (calendar == null) return List.of();
        return calendar.periodsAfter(cohortDates).stream().map(period -> stateOf(period, today)).toList();
    }

    /** The periods whose check-in is due and missing on {@code today}. */
    public long missingUpdates(LocalDate today) {
        return periods(today).stream().filter(ReportingPeriod::noUpdate).count();
    }

    /**
     * Refuses a check-in for a period that already has an accepted one: accepted periods are locked.
     * {@code candidate} itself is left out, so the accepted report does not lock itself.
     */
    public void requireOpen(DateRange reportingPeriod, ProgressReport candidate) {
        var span = spanOf(reportingPeriod);
        reports.stream()
                .filter(r -> r != candidate && r.status() == ProgressReportStatus.ACCEPTED)
                .filter(r -> spanOf(r.reportingPeriod()).overlaps(span))
                .findFirst()
                .ifPresent(accepted -> {
                    throw new AccompanimentRuleViolation("The reporting period " + spanOf(accepted.reportingPeriod())
                            + " has an accepted check-in (report " + accepted.id() + ") and is locked");
                });
    }

    private ReportingPeriod stateOf(DateRange period, LocalDate today) {
        var dueOn = calendar.dueOn(period);
        var counted = reports.stream()
                .filter(r -> r.status() != ProgressReportStatus.DRAFT)
                .filter(r -> spanOf(r.reportingPeriod()).equals(period))
                .toList();
        var accepted = counted.stream().filter(r -> r.status() == ProgressReportStatus.ACCEPTED).findFirst();
        if (accepted.isPresent()) return new ReportingPeriod(period, dueOn, ReportingState.ACCEPTED, accepted.get().id());
        var latest = counted.stream().max(Comparator.comparing((ProgressReport r) -> r.submittedAt().orElseThrow()));
        if (latest.isPresent()) {
            var state = latest.get().status() == ProgressReportStatus.RETURNED ? ReportingState.RETURNED : ReportingState.SUBMITTED;
            return new ReportingPeriod(period, dueOn, state, latest.get().id());
        }
        ReportingState state;
        if (!today.isAfter(period.end())) state = ReportingState.UPCOMING;
        else if (!today.isAfter(dueOn)) state = ReportingState.DUE;
        else state = ReportingState.OVERDUE;
        return new ReportingPeriod(period, dueOn, state, null);
    }

    /** The calendar period holding the last reported day, or the reported period itself. */
    private DateRange spanOf(DateRange reportingPeriod) {
        return Optional.ofNullable(calendar)
                .flatMap(c -> c.periodHolding(cohortDates, reportingPeriod.end()))
                .orElse(reportingPeriod);
    }
}
