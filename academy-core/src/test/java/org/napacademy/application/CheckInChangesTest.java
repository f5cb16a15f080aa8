package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.range;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;

class CheckInChangesTest {
    private static final Instant JAN_10 = Instant.parse("2026-01-10T09:00:00Z");

    private final ResultNode goal = TestData.goal();
    private final ResultNode outcome = goal.addChild(ResultLevel.OUTCOME, "Women negotiate", years(2025, 2026));
    private final ResultNode output = outcome.addChild(ResultLevel.OUTPUT, "Mediation course", years(2025, 2026));
    private final Period year2025 = period();
    private final ProgressReport first = new ProgressReport(goal.roadmap().delegation().orElseThrow(), range("2025-07-01", "2025-12-31"));
    private final ProgressReport second = new ProgressReport(goal.roadmap().delegation().orElseThrow(), range("2026-01-01", "2026-06-30"));

    private Period period() {
        var indicator = outcome.addIndicator("Women negotiators", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null);
        indicator.disaggregateBySex();
        return indicator.addPeriod(year(2025));
    }

    @Test
    void a_first_check_in_has_no_previous_one_and_lists_its_status_changes_from_before_to_after() {
        first.reportStatusChange(outcome, ProgressStatus.ON_TRACK);

        var changes = CheckInChanges.of(first, List.of(first));

        assertThat(changes.previousPeriod()).isNull();
        assertThat(changes.statuses()).singleElement().satisfies(line -> {
            assertThat(line.nodeTitle()).isEqualTo("Women negotiate");
            assertThat(line.before()).isEqualTo(ProgressStatus.NOT_STARTED);
            assertThat(line.after()).isEqualTo(ProgressStatus.ON_TRACK);
        });
    }

    @Test
    void several_changes_of_one_node_count_as_one_and_a_change_undone_counts_as_none() {
        second.reportStatusChange(outcome, ProgressStatus.AT_RISK);
        second.reportStatusChange(output, ProgressStatus.DONE);
        second.reportStatusChange(outcome, ProgressStatus.OFF_TRACK);
        second.reportStatusChange(output, ProgressStatus.NOT_STARTED);

        var changes = CheckInChanges.of(second, List.of(second));

        assertThat(changes.statuses()).extracting(CheckInChanges.StatusLine::nodeTitle, CheckInChanges.StatusLine::before,
                CheckInChanges.StatusLine::after).containsExactly(org.assertj.core.groups.Tuple.tuple("Women negotiate",
                ProgressStatus.NOT_STARTED, ProgressStatus.OFF_TRACK));
    }

    @Test
    void the_previous_check_in_is_the_latest_accepted_one_before_and_each_new_actual_follows_the_value_before_it() {
        first.recordActual(year2025, new BigDecimal("4"), null, LocalDate.of(2025, 9, 30), null, null);
        first.recordActual(year2025, new BigDecimal("3"), Sex.FEMALE, LocalDate.of(2025, 9, 30), null, null);
        first.submit(JAN_10);
        first.accept("trainer", JAN_10);
        var returned = new ProgressReport(goal.roadmap().delegation().orElseThrow(), range("2025-07-01", "2025-12-31"));
        returned.submit(JAN_10);
        returned.returnForCorrection("trainer", "Add evidence", JAN_10);
        second.recordActual(year2025, new BigDecimal("9"), null, LocalDate.of(2025, 12, 31), "Year end", null);
        second.recordActual(year2025, new BigDecimal("6"), Sex.MALE, LocalDate.of(2025, 12, 31), null, null);

        var changes = CheckInChanges.of(second, List.of(second, returned, first));

        assertThat(changes.previousPeriod()).isEqualTo(first.reportingPeriod());
        assertThat(changes.actuals()).hasSize(2);
        var total = changes.actuals().get(0);
        assertThat(total.indicatorTitle()).isEqualTo("Women negotiators");
        assertThat(total.sex()).isNull();
        assertThat(total.value()).isEqualByComparingTo("9");
        assertThat(total.previousValue()).isEqualByComparingTo("4");
        assertThat(total.previousAsOf()).isEqualTo(LocalDate.of(2025, 9, 30));
        var men = changes.actuals().get(1);
        assertThat(men.sex()).isEqualTo(Sex.MALE);
        assertThat(men.previousValue()).isNull();
    }

    @Test
    void a_later_accepted_check_in_is_not_the_previous_one() {
        second.submit(JAN_10);
        second.accept("trainer", JAN_10);

        assertThat(CheckInChanges.of(first, List.of(second, first)).previousPeriod()).isNull();
    }
}
