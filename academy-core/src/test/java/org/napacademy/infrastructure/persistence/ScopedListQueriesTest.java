package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.year;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.ListOrder;
import org.napacademy.domain.model.shared.ReadScope;

/**
 * Lists filter in their queries by the actor's {@link ReadScope}: two programmes, three cohorts (one trained
 * by "trainer"), four roadmaps (one shared with its cohort, one endorsed).
 */
class ScopedListQueriesTest {
    private static MigratedDatabase database;
    private static long programme;
    private static long otherProgramme;
    private static long ecuador;
    private static long trinidad;

    @BeforeAll
    static void academy_with_two_programmes() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var first = persist(em, TestData.programme());
            var second = persist(em, TestData.programme());
            programme = first.id();
            otherProgramme = second.id();
            var panama = cohort(em, first, "trainer");
            var portOfSpain = cohort(em, first, "another.trainer");
            var elsewhere = cohort(em, second, "another.trainer");
            ecuador = roadmap(em, panama, "EC", false, false).delegation().orElseThrow().id();
            roadmap(em, panama, "BO", true, false);
            roadmap(em, panama, "CR", false, true);
            trinidad = roadmap(em, portOfSpain, "TT", false, true).delegation().orElseThrow().id();
            roadmap(em, elsewhere, "GY", false, true);
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_delegate_lists_their_own_roadmap_and_those_shared_in_their_cohort() {
        assertThat(roadmaps(new ReadScope(false, null, ecuador, Set.of()))).containsExactlyInAnyOrder("EC", "BO");
        assertThat(roadmaps(new ReadScope(false, null, trinidad, Set.of()))).containsExactly("TT");
    }

    @Test
    void a_trainer_lists_the_roadmaps_of_the_cohorts_they_train() {
        assertThat(roadmaps(new ReadScope(false, "trainer", null, Set.of()))).containsExactlyInAnyOrder("EC", "BO", "CR");
    }

    @Test
    void a_sponsor_lists_the_endorsed_roadmaps_and_the_cohorts_of_their_programmes() {
        var sponsor = new ReadScope(false, null, null, Set.of(programme));
        assertThat(roadmaps(sponsor)).containsExactlyInAnyOrder("CR", "TT");
        assertThat(cohorts(sponsor)).hasSize(2);
        assertThat(programmes(sponsor)).containsExactly(programme);
    }

    @Test
    void a_delegate_lists_their_cohort_and_its_programme_only() {
        var delegate = new ReadScope(false, null, trinidad, Set.of());
        assertThat(cohorts(delegate)).singleElement().extracting(CohortSummary::name).isEqualTo("Cohort of another.trainer");
        assertThat(programmes(delegate)).containsExactly(programme);
    }

    @Test
    void everything_lists_all_and_nothing_none() {
        assertThat(roadmaps(ReadScope.EVERYTHING)).hasSize(5);
        assertThat(cohorts(ReadScope.EVERYTHING)).hasSize(3);
        assertThat(programmes(ReadScope.EVERYTHING)).contains(programme, otherProgramme);
        assertThat(roadmaps(ReadScope.NOTHING)).isEmpty();
        assertThat(cohorts(ReadScope.NOTHING)).isEmpty();
    }

    @Test
    void a_cohort_list_searches_ignoring_case_filters_by_status_and_sorts_in_the_database() {
        assertThat(cohorts(new CohortFilter("ANOTHER.trainer", null, null))).hasSize(2);
        assertThat(cohorts(new CohortFilter("%", null, null))).as("a typed % is a percent sign, not a wildcard").isEmpty();
        assertThat(cohorts(new CohortFilter(null, CohortStatus.PLANNED, null))).hasSize(3);
        assertThat(cohorts(new CohortFilter(null, CohortStatus.CLOSED, null))).isEmpty();
        assertThat(cohorts(new CohortFilter(null, null, ListOrder.ascending("name"))).stream().map(CohortSummary::name))
                .containsExactly("Cohort of another.trainer", "Cohort of another.trainer", "Cohort of trainer");
        assertThat(cohorts(new CohortFilter(null, null, ListOrder.descending("name"))).get(0).name()).isEqualTo("Cohort of trainer");
    }

    @Test
    void a_roadmap_list_searches_titles_cohorts_and_country_names_in_any_language_and_filters_by_status() {
        assertThat(roadmaps(new RoadmapFilter("of bo", null, null))).containsExactly("BO");
        assertThat(roadmaps(new RoadmapFilter("trinidad", null, null))).containsExactly("TT");
        assertThat(roadmaps(new RoadmapFilter("GUIANA", null, null))).as("Portuguese name of Guyana").containsExactly("GY");
        assertThat(roadmaps(new RoadmapFilter(null, RoadmapStatus.ENDORSED, ListOrder.ascending("country"))))
                .containsExactly("CR", "GY", "TT");
        assertThat(roadmaps(new RoadmapFilter(null, null, ListOrder.descending("country")))).startsWith("TT", "GY");
    }

    private static List<String> roadmaps(RoadmapFilter filter) {
        return database.inTransaction(em -> {
            var repository = new JpaRoadmapRepository(em);
            var page = repository.wholePage(ReadScope.EVERYTHING, filter, 0, 100);
            assertThat(repository.count(ReadScope.EVERYTHING, filter)).isEqualTo(page.size());
            return page.stream().map(r -> r.delegation().orElseThrow().country().iso2()).toList();
        });
    }

    private static List<CohortSummary> cohorts(CohortFilter filter) {
        return database.inTransaction(em -> {
            var repository = new JpaCohortRepository(em);
            var page = repository.summaries(ReadScope.EVERYTHING, filter, 0, 100);
            assertThat(repository.count(ReadScope.EVERYTHING, filter)).isEqualTo(page.size());
            return page;
        });
    }

    private static List<String> roadmaps(ReadScope scope) {
        return database.inTransaction(em -> {
            var repository = new JpaRoadmapRepository(em);
            var page = repository.wholePage(scope, 0, 100);
            assertThat(repository.count(scope)).isEqualTo(page.size());
            return page.stream().map(r -> r.delegation().orElseThrow().country().iso2()).toList();
        });
    }

    private static List<CohortSummary> cohorts(ReadScope scope) {
        return database.inTransaction(em -> {
            var repository = new JpaCohortRepository(em);
            var page = repository.summaries(scope, 0, 100);
            assertThat(repository.count(scope)).isEqualTo(page.size());
            return page;
        });
    }

    private static List<Long> programmes(ReadScope scope) {
        return database.inTransaction(em -> {
            var repository = new JpaProgrammeRepository(em);
            var page = repository.page(scope, 0, 100);
            assertThat(repository.count(scope)).isEqualTo(page.size());
            return page.stream().map(Programme::id).toList();
        });
    }

    private static Cohort cohort(EntityManager em, Programme programme, String trainer) {
        var cohort = new Cohort(programme, "Cohort of " + trainer, TestData.cohort(programme).venue(), year(2025));
        cohort.assignTrainer(trainer);
        return persist(em, cohort);
    }

    private static Roadmap roadmap(EntityManager em, Cohort cohort, String countryCode, boolean shared, boolean endorsed) {
        var delegation = persist(em, new Delegation(cohort, em.find(Country.class, countryCode)));
        var roadmap = new Roadmap(delegation, "Roadmap of " + countryCode);
        roadmap.addGoal("Goal", Pillar.PARTICIPATION, year(2026));
        if (shared) roadmap.shareWithCohort();
        if (endorsed) {
            roadmap.submit();
            roadmap.endorse();
        }
        return persist(em, roadmap);
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
