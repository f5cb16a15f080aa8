package org.napacademy.domain.model.roadmap;

import org.napacademy.domain.model.Pillar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;
import static org.napacademy.domain.model.TestData.years;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

/** Roadmap-level derivations: the traffic light of the whole and the mean achievement of its indicators. */
class RoadmapProgressTest {

    private final ResultNode goal = TestData.goal();
    private final Roadmap roadmap = goal.roadmap();
    private final ResultNode outcome = goal.addChild(ResultLevel.OUTCOME, "Fewer incidents, more women officers", years(2025, 2026));

    @Test
    void an_empty_roadmap_has_not_started_and_nothing_to_share() {
        var empty = TestData.roadmap();
        assertThat(empty.rolledUpStatus()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(empty.progress()).isEqualTo(RoadmapProgress.NONE);
        assertThat(empty.progress().activitiesDoneShare()).isEmpty();
        assertThat(empty.progress().indicatorsOnTrackShare()).isEmpty();
        assertThat(empty.progress().averageAchievement()).isEmpty();
    }

    @Test
    void the_roadmap_light_rolls_up_from_its_goals() {
        var second = roadmap.addGoal("Protection", Pillar.PROTECTION, years(2025, 2027));
        outcome.changeStatus(ProgressStatus.ON_TRACK);
        second.changeStatus(ProgressStatus.AT_RISK);
        assertThat(roadmap.rolledUpStatus()).isEqualTo(ProgressStatus.AT_RISK);
        second.changeStatus(ProgressStatus.CANCELLED);
        assertThat(roadmap.rolledUpStatus()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void the_mean_achievement_averages_ascending_and_descending_indicators_and_skips_the_unmeasured() {
        var ascending = outcome.addIndicator("Women officers (%)", IndicatorUnit.PERCENT, true, new BigDecimal("10"), LocalDate.of(2024, 12, 31))
                .addPeriod(year(2025));
        ascending.planTarget(new BigDecimal("30"), null, null);
        ascending.recordActual(new BigDecimal("25"), null, LocalDate.of(2025, 12, 31), null, null);        // 15 / 20 = 0.75
        var descending = outcome.addIndicator("Incidents reported", IndicatorUnit.NUMBER, false, new BigDecimal("200"), LocalDate.of(2024, 12, 31))
                .addPeriod(year(2025));
        descending.planTarget(new BigDecimal("100"), null, null);
        descending.recordActual(new BigDecimal("150"), null, LocalDate.of(2025, 6, 30), null, null);      // -50 / -100 = 0.5
        outcome.addIndicator("Quality of the coordination", IndicatorUnit.QUALITATIVE, true, null, null)
                .addPeriod(year(2025)).recordActual(null, null, LocalDate.of(2025, 6, 30), "Meets monthly", null);
        outcome.addIndicator("Protocols adopted", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null).addPeriod(year(2025));

        var progress = roadmap.progress();

        assertThat(progress.indicators()).isEqualTo(4);
        assertThat(progress.indicatorsMeasured()).as("qualitative and target-less indicators have no achievement").isEqualTo(2);
        assertThat(progress.averageAchievement()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.625"));
        assertThat(progress.indicatorsOnTrack()).as("0.75 at year end is behind, 0.5 at mid-year keeps pace").isEqualTo(1);
    }

    @Test
    void a_numeric_indicator_without_baseline_is_refused_so_no_achievement_rests_on_a_missing_baseline() {
        assertThatThrownBy(() -> outcome.addIndicator("Budget lines tagged", IndicatorUnit.NUMBER, true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(roadmap.progress().indicators()).isZero();
    }

    @Test
    void progress_of_several_roadmaps_adds_up() {
        var one = new RoadmapProgress(2, 1, 3, 2, 1, new BigDecimal("1.5"));
        var two = new RoadmapProgress(1, 1, 1, 1, 1, new BigDecimal("1.0"));
        var both = one.plus(two).plus(RoadmapProgress.NONE);
        assertThat(both.activitiesDoneShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.6667"));
        assertThat(both.averageAchievement()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.8333"));
    }
}
