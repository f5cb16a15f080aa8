package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;

/** What the cohort outcomes keep of a delegation's roadmap: its figures, derived by the domain. */
class RoadmapFiguresTest {
    private static final DateRange YEARS = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 12, 31));

    /** One activity done, one at risk, and one off track inside a cancelled output. */
    private static Roadmap bolivia() {
        var roadmap = TestData.withId(TestData.roadmap(), 5);
        TestData.withId(roadmap.delegation().orElseThrow(), 11);
        var outcome = roadmap.addGoal("Women take part in resolving social conflicts", Pillar.PARTICIPATION, YEARS)
                .addChild(ResultLevel.OUTCOME, "Women mediate", YEARS);
        var output = outcome.addChild(ResultLevel.OUTPUT, "Mediators trained", YEARS);
        output.addChild(ResultLevel.ACTIVITY, "Train 40 mediators", YEARS).changeStatus(ProgressStatus.DONE);
        output.addChild(ResultLevel.ACTIVITY, "Certify the mediators", YEARS).changeStatus(ProgressStatus.AT_RISK);
        var dropped = outcome.addChild(ResultLevel.OUTPUT, "Radio campaign", YEARS);
        dropped.addChild(ResultLevel.ACTIVITY, "Record spots", YEARS).changeStatus(ProgressStatus.OFF_TRACK);
        dropped.changeStatus(ProgressStatus.CANCELLED);
        return roadmap;
    }

    @Test
    void activities_are_counted_by_their_rolled_up_status_leaving_cancelled_branches_out_every_status_listed() {
        var figures = RoadmapFigures.of(bolivia());

        assertThat(figures.activitiesByStatus()).hasSize(ProgressStatus.values().length)
                .containsEntry(ProgressStatus.DONE, 1L).containsEntry(ProgressStatus.AT_RISK, 1L)
                .containsEntry(ProgressStatus.OFF_TRACK, 0L).containsEntry(ProgressStatus.CANCELLED, 0L);
        assertThat(figures.progress().activities()).isEqualTo(2);
        assertThat(figures.progress().activitiesDone()).isEqualTo(1);
    }

    @Test
    void the_figures_name_the_roadmap_and_its_delegation_with_the_roadmaps_own_status_and_traffic_light() {
        var roadmap = bolivia();
        var figures = RoadmapFigures.of(roadmap);

        assertThat(figures.roadmapId()).isEqualTo(5L);
        assertThat(figures.delegationId()).isEqualTo(11L);
        assertThat(figures.status()).isEqualTo(RoadmapStatus.DRAFT);
        assertThat(figures.rolledUpStatus()).isEqualTo(roadmap.rolledUpStatus());
        assertThat(figures.progress()).isEqualTo(roadmap.progress());
    }

    @Test
    void nodes_drafted_in_a_module_are_counted_by_their_traffic_light() {
        var roadmap = bolivia();
        var module = TestData.withId(new Module(roadmap.programme(), "TOC",
                new LocalizedText("Theory of change", "Teoría del cambio", "Teoria da mudança", "Théorie du changement"), 90, 1), 31);
        roadmap.goals().get(0).markDraftedIn(module);
        roadmap.goals().get(0).children().get(0).markDraftedIn(module);

        var drafted = RoadmapFigures.of(roadmap).draftedByModule();

        assertThat(drafted).containsOnlyKeys(31L);
        assertThat(drafted.get(31L).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(drafted.get(31L)).containsEntry(ProgressStatus.AT_RISK, 2L);
    }

    @Test
    void a_gatherings_shared_roadmap_has_no_delegation_to_count_for() {
        var shared = Roadmap.ofGathering(TestData.cohort(TestData.programme()), "Outcome document");

        assertThatThrownBy(() -> RoadmapFigures.of(shared)).isInstanceOf(IllegalArgumentException.class);
    }
}
