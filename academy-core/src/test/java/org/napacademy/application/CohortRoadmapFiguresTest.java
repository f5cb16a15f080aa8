package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/** The cohort's roadmap figures are computed once per revision of each roadmap, and never served older than the database. */
class CohortRoadmapFiguresTest {
    private final Cohort cohort = TestData.cohort(TestData.programme());
    private final Map<Long, Long> revisions = new LinkedHashMap<>();
    private final Map<Long, Roadmap> database = new LinkedHashMap<>();
    private final List<Collection<?>> wholeReads = new ArrayList<>();
    private final CohortRoadmapFigures figures = new CohortRoadmapFigures();

    @BeforeEach
    void two_roadmaps_at_revision_zero() {
        add(1, 11);
        add(2, 12);
        figures.roadmaps = Fakes.of(RoadmapRepository.class, Map.of(
                "delegationRoadmapRevisions", args -> new LinkedHashMap<>(revisions),
                "wholeDelegationRoadmapsToRead", args -> {
                    var ids = (Collection<?>) args[0];
                    wholeReads.add(List.copyOf(ids));
                    return ids.stream().map(database::get).toList();
                }));
    }

    private void add(long roadmapId, long delegationId) {
        var roadmap = TestData.withId(TestData.roadmap(), roadmapId);
        TestData.withId(roadmap.delegation().orElseThrow(), delegationId);
        TestData.withId(roadmap.addGoal("Women shape security policy", Pillar.PARTICIPATION, TestData.year(2026)), roadmapId * 100);
        database.put(roadmapId, roadmap);
        revisions.put(roadmapId, 0L);
    }

    @Test
    void the_first_call_reads_every_roadmap_whole_and_answers_them_by_delegation() {
        var byDelegation = figures.byDelegation(cohort);

        assertThat(byDelegation).containsOnlyKeys(11L, 12L);
        assertThat(byDelegation.get(12L).roadmapId()).isEqualTo(2L);
        assertThat(wholeReads).containsExactly(List.of(1L, 2L));
    }

    @Test
    void an_unchanged_cohort_is_answered_without_reading_any_roadmap_again() {
        figures.byDelegation(cohort);

        figures.byDelegation(cohort);

        assertThat(wholeReads).containsExactly(List.of(1L, 2L), List.of());
    }

    @Test
    void only_the_roadmap_whose_revision_moved_is_read_again_and_its_new_figures_are_answered() {
        assertThat(figures.byDelegation(cohort).get(11L).rolledUpStatus()).isEqualTo(ProgressStatus.NOT_STARTED);

        database.get(1L).goals().get(0).changeStatus(ProgressStatus.AT_RISK);
        revisions.put(1L, 1L);

        assertThat(figures.byDelegation(cohort).get(11L).rolledUpStatus()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(wholeReads).containsExactly(List.of(1L, 2L), List.of(1L));
    }

    @Test
    void a_roadmap_no_longer_in_the_cohort_is_no_longer_answered() {
        figures.byDelegation(cohort);

        revisions.remove(2L);

        assertThat(figures.byDelegation(cohort)).containsOnlyKeys(11L);
    }
}
