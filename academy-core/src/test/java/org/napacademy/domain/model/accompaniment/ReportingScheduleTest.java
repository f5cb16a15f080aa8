package org.napacademy.domain.model.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.shared.DateRange;

/** The Panama City cohort met 24-26 June 2025: quarterly check-ins from July 2025 to June 2026, a month's grace. */
class ReportingScheduleTest {

    private static final ReportingCalendar QUARTERLY = new ReportingCalendar(3, 12, 30);
    private static final DateRange COHORT = range("2025-06-24", "2025-06-26");
    private static final DateRange Q3 = range("2025-07-01", "2025-09-30");
    private static final DateRange Q4 = range("2025-10-01", "2025-12-31");

    private final Delegation delegation = TestData.delegation();
    private final List<ProgressReport> reports = new ArrayList<>();

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private List<ReportingPeriod> periodsOn(String instant) {
        return new ReportingSchedule(QUARTERLY, COHORT, reports).periods(today(instant));
    }

    private ProgressReport report(DateRange period) {
        var report = new ProgressReport(delegation, period);
        reports.add(report);
        return report;
    }

    @Test
    void periods_follow_calendar_months_from_the_month_after_the_cohort() {
        assertThat(QUARTERLY.periodsAfter(COHORT)).containsExactly(Q3, Q4, range("2026-01-01", "2026-03-31"), range("2026-04-01", "2026-06-30"));
        assertThat(new ReportingCalendar(5, 12, 0).periodsAfter(COHORT))
                .as("the last period is cut at the end of the reporting")
                .containsExactly(range("2025-07-01", "2025-11-30"), range("2025-12-01", "2026-04-30"), range("2026-05-01", "2026-06-30"));
        assertThat(QUARTERLY.dueOn(Q3)).isEqualTo(LocalDate.parse("2025-10-30"));
    }

    @Test
    void a_calendar_refuses_an_interval_longer_than_its_reporting() {
        assertThatThrownBy(() -> new ReportingCalendar(6, 3, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingCalendar(0, 12, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingCalendar(3, 12, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_check_ins_a_period_is_upcoming_then_due_then_overdue() {
        assertThat(periodsOn("2025-09-30T23:00:00Z").get(0).state()).isEqualTo(ReportingState.UPCOMING);
        assertThat(periodsOn("2025-10-01T00:00:00Z").get(0).state()).isEqualTo(ReportingState.DUE);
        assertThat(periodsOn("2025-10-30T23:59:59Z").get(0).state()).isEqualTo(ReportingState.DUE);
        var overdue = periodsOn("2025-10-31T00:00:00Z").get(0);
        assertThat(overdue.state()).isEqualTo(ReportingState.OVERDUE);
        assertThat(overdue.noUpdate()).isTrue();
        assertThat(overdue.report()).isEmpty();
    }

    @Test
    void a_draft_is_no_check_in_yet() {
        report(Q3);
        assertThat(periodsOn("2025-11-15T12:00:00Z").get(0).state()).isEqualTo(ReportingState.OVERDUE);
    }

    @Test
    void a_check_in_is_submitted_returned_resubmitted_and_accepted() {
        var report = report(Q3);
        report.submit(Instant.parse("2025-10-05T12:00:00Z"));
        assertThat(periodsOn("2025-11-15T12:00:00Z").get(0).state()).isEqualTo(ReportingState.SUBMITTED);
        report.returnForCorrection("trainer", "Add the evidence", Instant.parse("2025-10-06T12:00:00Z"));
        assertThat(periodsOn("2025-11-15T12:00:00Z").get(0).state()).as("returned, not overdue: a check-in exists").isEqualTo(ReportingState.RETURNED);
        report.resubmit(Instant.parse("2025-10-07T12:00:00Z"));
        report.accept("trainer", Instant.parse("2025-10-08T12:00:00Z"));
        var accepted = periodsOn("2025-11-15T12:00:00Z");
        assertThat(accepted).extracting(ReportingPeriod::state)
                .containsExactly(ReportingState.ACCEPTED, ReportingState.UPCOMING, ReportingState.UPCOMING, ReportingState.UPCOMING);
        assertThat(accepted.get(0).noUpdate()).isFalse();
    }

    @Test
    void a_check_in_counts_for_the_period_holding_its_last_day() {
        report(range("2025-08-15", "2025-12-20")).submit(Instant.parse("2025-12-21T12:00:00Z"));
        assertThat(periodsOn("2026-01-05T12:00:00Z")).extracting(ReportingPeriod::state)
                .containsExactly(ReportingState.OVERDUE, ReportingState.SUBMITTED, ReportingState.UPCOMING, ReportingState.UPCOMING);
        assertThat(new ReportingSchedule(QUARTERLY, COHORT, reports).missingUpdates(today("2026-01-05T12:00:00Z"))).isEqualTo(1);
    }

    @Test
    void an_accepted_period_is_locked() {
        var accepted = report(Q3);
        accepted.submit(Instant.parse("2025-10-05T12:00:00Z"));
        accepted.accept("trainer", Instant.parse("2025-10-06T12:00:00Z"));
        var schedule = new ReportingSchedule(QUARTERLY, COHORT, reports);

        assertThatThrownBy(() -> schedule.requireOpen(Q3, null)).isInstanceOf(AccompanimentRuleViolation.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> schedule.requireOpen(range("2025-09-01", "2025-09-30"), null))
                .as("any report ending in the accepted quarter").isInstanceOf(AccompanimentRuleViolation.class);
        schedule.requireOpen(Q4, null);
        schedule.requireOpen(Q3, accepted);
    }

    @Test
    void without_a_calendar_there_are_no_periods_but_accepted_reports_still_lock_theirs() {
        var accepted = report(Q3);
        accepted.submit(Instant.parse("2025-10-05T12:00:00Z"));
        accepted.accept("trainer", Instant.parse("2025-10-06T12:00:00Z"));
        var schedule = new ReportingSchedule(null, COHORT, reports);

        assertThat(schedule.periods(today("2026-01-05T12:00:00Z"))).isEmpty();
        assertThatThrownBy(() -> schedule.requireOpen(range("2025-09-01", "2025-10-15"), null)).isInstanceOf(AccompanimentRuleViolation.class);
        schedule.requireOpen(Q4, null);
    }
}
