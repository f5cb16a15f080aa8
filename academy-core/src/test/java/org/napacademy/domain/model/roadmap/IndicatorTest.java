package org.napacademy.domain.model.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.napacademy.domain.model.TestData.range;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Sex;

class IndicatorTest {

    private final ResultNode goal = TestData.goal();
    private final ResultNode outcome = goal.addChild(ResultLevel.OUTCOME, "Women negotiate peace", years(2025, 2026));
    private final ResultNode output = outcome.addChild(ResultLevel.OUTPUT, "Negotiators trained", year(2025));

    @Test
    void indicators_belong_on_outcomes_and_outputs_only() {
        assertThat(output.addIndicator("Negotiators trained", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null).node()).isEqualTo(output);
        assertThatThrownBy(() -> goal.addIndicator("x", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null)).isInstanceOf(RoadmapRuleViolation.class);
        var activity = output.addChild(ResultLevel.ACTIVITY, "Workshop", year(2025));
        assertThatThrownBy(() -> activity.addIndicator("x", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void periods_of_one_indicator_never_overlap() {
        var indicator = percent(true, "10");
        indicator.addPeriod(range("2025-01-01", "2025-06-30"));
        indicator.addPeriod(range("2025-07-01", "2025-12-31"));
        assertThatThrownBy(() -> indicator.addPeriod(range("2025-06-30", "2025-09-30"))).isInstanceOf(RoadmapRuleViolation.class);
        assertThat(indicator.periods()).hasSize(2);
    }

    @Test
    void a_measurement_is_dated_inside_its_period() {
        var period = percent(true, "10").addPeriod(year(2025));
        assertThatThrownBy(() -> period.recordActual(new BigDecimal("20"), null, LocalDate.of(2026, 1, 1), null, null))
                .isInstanceOf(RoadmapRuleViolation.class);
        assertThat(period.recordActual(new BigDecimal("20"), null, LocalDate.of(2025, 12, 31), null, null).asOf()).isEqualTo("2025-12-31");
        assertThat(period.planTarget(new BigDecimal("40"), null, null).asOf()).isEqualTo("2025-12-31");
    }

    @Test
    void a_sex_dimension_is_only_allowed_on_indicators_disaggregated_by_sex() {
        var indicator = percent(true, "10");
        var period = indicator.addPeriod(year(2025));
        assertThatThrownBy(() -> period.recordActual(new BigDecimal("20"), Sex.FEMALE, LocalDate.of(2025, 6, 1), null, null))
                .isInstanceOf(RoadmapRuleViolation.class);
        indicator.disaggregateBySex();
        var women = period.recordActual(new BigDecimal("20"), Sex.FEMALE, LocalDate.of(2025, 6, 1), null, null);
        assertThat(women.sex()).contains(Sex.FEMALE);
        assertThatThrownBy(indicator::stopDisaggregatingBySex).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void values_must_suit_the_unit() {
        var share = percent(true, "10").addPeriod(year(2025));
        assertThatThrownBy(() -> share.recordActual(new BigDecimal("100.5"), null, LocalDate.of(2025, 6, 1), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> share.recordActual(new BigDecimal("-1"), null, LocalDate.of(2025, 6, 1), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        var law = outcome.addIndicator("NAP adopted", IndicatorUnit.YES_NO, true, BigDecimal.ZERO, null).addPeriod(year(2025));
        assertThatThrownBy(() -> law.recordActual(new BigDecimal("2"), null, LocalDate.of(2025, 6, 1), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        law.planTarget(BigDecimal.ONE, null, null);
        law.recordActual(BigDecimal.ONE, null, LocalDate.of(2025, 6, 1), null, null);
        assertThat(law.indicator().achievement().orElseThrow().targetMet()).isTrue();
        assertThatThrownBy(() -> outcome.addIndicator("Share", IndicatorUnit.PERCENT, true, new BigDecimal("120"), null)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void qualitative_indicators_take_narratives_and_have_no_achievement() {
        var indicator = outcome.addIndicator("Quality of coordination", IndicatorUnit.QUALITATIVE, true, null, null);
        var period = indicator.addPeriod(year(2025));
        assertThatThrownBy(() -> period.recordActual(BigDecimal.ONE, null, LocalDate.of(2025, 6, 1), "Good", null)).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> period.recordActual(null, null, LocalDate.of(2025, 6, 1), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        period.planTarget(null, null, "A standing inter-ministerial committee");
        period.recordActual(null, null, LocalDate.of(2025, 6, 1), "Committee met twice", null);
        assertThat(indicator.achievement()).isEmpty();
    }

    @Test
    void a_target_lies_on_the_indicators_side_of_the_baseline() {
        var up = percent(true, "20").addPeriod(year(2025));
        assertThatThrownBy(() -> up.planTarget(new BigDecimal("10"), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        var down = percent(false, "20").addPeriod(year(2025));
        assertThatThrownBy(() -> down.planTarget(new BigDecimal("30"), null, null)).isInstanceOf(RoadmapRuleViolation.class);
        down.planTarget(new BigDecimal("5"), null, null);
        assertThatThrownBy(() -> down.indicator().rebaseline(new BigDecimal("2"), null)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void achievement_of_an_ascending_indicator_is_progress_from_baseline_toward_target() {
        var period = percent(true, "10").addPeriod(year(2025));
        period.planTarget(new BigDecimal("30"), null, null);
        period.recordActual(new BigDecimal("15"), null, LocalDate.of(2025, 3, 31), null, null);
        period.recordActual(new BigDecimal("25"), null, LocalDate.of(2025, 9, 30), null, null);
        var achievement = period.achievement().orElseThrow();
        assertThat(achievement.ratio()).isEqualByComparingTo("0.75");
        assertThat(achievement.percent()).isEqualByComparingTo("75");
        assertThat(achievement.asOf()).isEqualTo("2025-09-30");
    }

    @Test
    void achievement_of_a_descending_indicator_counts_the_fall_toward_a_lower_target() {
        var period = numberOf(false, "200").addPeriod(year(2025));
        period.planTarget(new BigDecimal("100"), null, null);
        period.recordActual(new BigDecimal("150"), null, LocalDate.of(2025, 6, 30), null, null);
        assertThat(period.achievement().orElseThrow().ratio()).isEqualByComparingTo("0.5");
    }

    @Test
    void achievement_is_not_capped_above_the_target_or_below_the_baseline() {
        var period = numberOf(false, "200").addPeriod(year(2025));
        period.planTarget(new BigDecimal("100"), null, null);
        period.recordActual(new BigDecimal("250"), null, LocalDate.of(2025, 6, 30), null, null);
        assertThat(period.achievement().orElseThrow().ratio()).isEqualByComparingTo("-0.5");
        period.recordActual(new BigDecimal("80"), null, LocalDate.of(2025, 7, 31), null, null);
        assertThat(period.achievement().orElseThrow().ratio()).isEqualByComparingTo("1.2");
    }

    @Test
    void when_the_target_equals_the_baseline_holding_the_level_is_full_achievement() {
        var ascending = numberOf(true, "50").addPeriod(year(2025));
        ascending.planTarget(new BigDecimal("50"), null, null);
        ascending.recordActual(new BigDecimal("50"), null, LocalDate.of(2025, 6, 30), null, null);
        assertThat(ascending.achievement().orElseThrow().ratio()).isEqualByComparingTo("1");
        ascending.recordActual(new BigDecimal("49"), null, LocalDate.of(2025, 7, 31), null, null);
        assertThat(ascending.achievement().orElseThrow().ratio()).isEqualByComparingTo("0");
        var descending = numberOf(false, "50").addPeriod(year(2025));
        descending.planTarget(new BigDecimal("50"), null, null);
        descending.recordActual(new BigDecimal("40"), null, LocalDate.of(2025, 6, 30), null, null);
        assertThat(descending.achievement().orElseThrow().ratio()).isEqualByComparingTo("1");
    }

    @Test
    void there_is_no_achievement_without_both_a_target_and_an_actual() {
        var period = percent(true, "10").addPeriod(year(2025));
        assertThat(period.achievement()).isEmpty();
        period.planTarget(new BigDecimal("30"), null, null);
        assertThat(period.achievement()).isEmpty();
    }

    @Test
    void achievement_by_sex_uses_that_dimensions_target_and_actual() {
        var indicator = percent(true, "10");
        indicator.disaggregateBySex();
        var period = indicator.addPeriod(year(2025));
        period.planTarget(new BigDecimal("30"), Sex.FEMALE, null);
        period.recordActual(new BigDecimal("20"), Sex.FEMALE, LocalDate.of(2025, 6, 30), null, null);
        assertThat(indicator.achievement(Sex.FEMALE).orElseThrow().ratio()).isEqualByComparingTo("0.5");
        assertThat(indicator.achievement()).isEmpty();
    }

    @Test
    void a_period_shows_the_latest_actual_of_the_total_then_of_each_sex_reported() {
        var indicator = percent(true, "10");
        indicator.disaggregateBySex();
        var period = indicator.addPeriod(year(2025));
        period.recordActual(new BigDecimal("12"), Sex.MALE, LocalDate.of(2025, 3, 31), null, null);
        period.recordActual(new BigDecimal("20"), null, LocalDate.of(2025, 6, 30), null, null);
        period.recordActual(new BigDecimal("15"), null, LocalDate.of(2025, 3, 31), null, null);
        period.recordActual(new BigDecimal("14"), Sex.MALE, LocalDate.of(2025, 9, 30), null, null);

        assertThat(period.latestActuals()).extracting(m -> m.value().orElseThrow().intValue(), m -> m.sex().orElse(null))
                .containsExactly(tuple(20, null), tuple(14, Sex.MALE));
        assertThat(indicator.addPeriod(year(2026)).latestActuals()).isEmpty();
    }

    @Test
    void the_indicators_achievement_is_that_of_its_latest_measured_period() {
        var indicator = percent(true, "10");
        var first = indicator.addPeriod(range("2025-01-01", "2025-06-30"));
        var second = indicator.addPeriod(range("2025-07-01", "2025-12-31"));
        first.planTarget(new BigDecimal("20"), null, null);
        first.recordActual(new BigDecimal("20"), null, LocalDate.of(2025, 6, 30), null, null);
        second.planTarget(new BigDecimal("30"), null, null);
        assertThat(indicator.achievement().orElseThrow().ratio()).isEqualByComparingTo("1");
        second.recordActual(new BigDecimal("15"), null, LocalDate.of(2025, 9, 30), null, null);
        assertThat(indicator.achievement().orElseThrow().ratio()).isEqualByComparingTo("0.25");
    }

    @Test
    void an_indicator_is_on_track_when_achievement_keeps_pace_with_the_elapsed_period() {
        var indicator = numberOf(true, "0");
        var period = indicator.addPeriod(range("2025-01-01", "2025-01-10"));
        period.planTarget(new BigDecimal("10"), null, null);
        period.recordActual(new BigDecimal("5"), null, LocalDate.of(2025, 1, 5), null, null);
        assertThat(period.elapsedShare(LocalDate.of(2025, 1, 5))).isEqualByComparingTo("0.5");
        assertThat(indicator.isOnTrack()).isTrue();
        period.recordActual(new BigDecimal("5"), null, LocalDate.of(2025, 1, 8), null, null);
        assertThat(indicator.isOnTrack()).isFalse();
    }

    @Test
    void roadmap_progress_counts_done_activities_and_indicators_on_track_outside_cancelled_branches() {
        var roadmap = goal.roadmap();
        var done = output.addChild(ResultLevel.ACTIVITY, "Done", year(2025));
        output.addChild(ResultLevel.ACTIVITY, "Going", year(2025)).changeStatus(ProgressStatus.ON_TRACK);
        var dropped = outcome.addChild(ResultLevel.OUTPUT, "Dropped", year(2025));
        dropped.addChild(ResultLevel.ACTIVITY, "Never", year(2025)).changeStatus(ProgressStatus.DONE);
        dropped.changeStatus(ProgressStatus.CANCELLED);
        done.changeStatus(ProgressStatus.DONE);
        var onTrack = numberOf(true, "0").addPeriod(year(2025));
        onTrack.planTarget(new BigDecimal("10"), null, null);
        onTrack.recordActual(new BigDecimal("10"), null, LocalDate.of(2025, 6, 30), null, null);
        var behind = numberOf(true, "0").addPeriod(year(2025));
        behind.planTarget(new BigDecimal("10"), null, null);
        behind.recordActual(new BigDecimal("1"), null, LocalDate.of(2025, 12, 31), null, null);
        numberOf(true, "0");

        var progress = roadmap.progress();
        assertThat(progress).isEqualTo(new RoadmapProgress(2, 1, 3, 2, 1, new BigDecimal("1.1000")));
        assertThat(progress.activitiesDoneShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        assertThat(progress.indicatorsOnTrackShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        assertThat(TestData.roadmap().progress().activitiesDoneShare()).isEmpty();
    }

    private Indicator percent(boolean ascending, String baseline) {
        return outcome.addIndicator("Share of women negotiators", IndicatorUnit.PERCENT, ascending, new BigDecimal(baseline), LocalDate.of(2024, 12, 31));
    }

    private Indicator numberOf(boolean ascending, String baseline) {
        return outcome.addIndicator("Number of incidents", IndicatorUnit.NUMBER, ascending, new BigDecimal(baseline), LocalDate.of(2024, 12, 31));
    }
}
