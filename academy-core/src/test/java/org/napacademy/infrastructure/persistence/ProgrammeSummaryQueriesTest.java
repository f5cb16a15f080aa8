package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.year;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.programme.ProgrammeSummary;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.ListOrder;
import org.napacademy.domain.model.shared.ReadScope;

/**
 * The cross-programme list counts in the database: an academy of two cohorts (Bolivia twice, Ecuador once; two of
 * three roadmaps endorsed) beside a network without cohorts.
 */
class ProgrammeSummaryQueriesTest {
    private static MigratedDatabase database;
    private static long academy;
    private static long network;

    @BeforeAll
    static void two_programmes() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var wps = persist(em, TestData.programme());
            wps.rename("WPS Academy");
            var parliaments = persist(em, new Programme("Parliamentary network", null, Set.of("es", "en")));
            academy = wps.id();
            network = parliaments.id();
            var panama = persist(em, new Cohort(wps, "Panama", TestData.cohort(wps).venue(), year(2025)));
            var portOfSpain = persist(em, new Cohort(wps, "Port of Spain", TestData.cohort(wps).venue(), year(2024)));
            roadmap(em, panama, "BO", true);
            roadmap(em, panama, "EC", false);
            roadmap(em, portOfSpain, "BO", true);
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void each_programme_counts_its_cohorts_distinct_countries_roadmaps_and_endorsed_ones() {
        var summaries = summaries(ReadScope.EVERYTHING, ProgrammeFilter.ALL);
        var wps = summaries.stream().filter(s -> s.id() == academy).findFirst().orElseThrow();
        assertThat(wps.name()).isEqualTo("WPS Academy");
        assertThat(wps.languages()).containsExactlyInAnyOrder("en", "es", "pt", "fr");
        assertThat(List.of(wps.cohorts(), wps.delegations(), wps.roadmaps(), wps.endorsedRoadmaps())).containsExactly(2L, 2L, 3L, 2L);
        assertThat(wps.endorsedShare()).hasValueSatisfying(share -> assertThat(share).isEqualTo(2.0 / 3));
        var empty = summaries.stream().filter(s -> s.id() == network).findFirst().orElseThrow();
        assertThat(List.of(empty.cohorts(), empty.delegations(), empty.roadmaps())).containsExactly(0L, 0L, 0L);
        assertThat(empty.endorsedShare()).isEmpty();
    }

    @Test
    void the_list_searches_names_ignoring_case_and_sorts_by_any_figure() {
        assertThat(summaries(ReadScope.EVERYTHING, new ProgrammeFilter("PARLIAMENT", null))).extracting(ProgrammeSummary::id)
                .containsExactly(network);
        assertThat(summaries(ReadScope.EVERYTHING, new ProgrammeFilter(null, ListOrder.descending("cohorts"))).get(0).id())
                .isEqualTo(academy);
        assertThat(summaries(ReadScope.EVERYTHING, new ProgrammeFilter(null, ListOrder.ascending("endorsed"))).get(0).id())
                .isEqualTo(network);
        assertThat(summaries(ReadScope.EVERYTHING, new ProgrammeFilter(null, ListOrder.descending("name"))))
                .extracting(ProgrammeSummary::id).containsExactly(academy, network);
    }

    @Test
    void a_sponsor_sees_only_the_programmes_they_fund() {
        assertThat(summaries(new ReadScope(false, null, null, Set.of(network)), ProgrammeFilter.ALL))
                .extracting(ProgrammeSummary::id).containsExactly(network);
        assertThat(summaries(ReadScope.NOTHING, ProgrammeFilter.ALL)).isEmpty();
    }

    private static List<ProgrammeSummary> summaries(ReadScope scope, ProgrammeFilter filter) {
        return database.inTransaction(em -> {
            var repository = new JpaProgrammeRepository(em);
            var page = repository.summaries(scope, filter, 0, 100);
            assertThat(repository.count(scope, filter)).isEqualTo(page.size());
            return page;
        });
    }

    private static void roadmap(EntityManager em, Cohort cohort, String countryCode, boolean endorsed) {
        var delegation = persist(em, new Delegation(cohort, em.find(Country.class, countryCode)));
        var roadmap = new Roadmap(delegation, "Roadmap of " + countryCode);
        roadmap.addGoal("Goal", Pillar.PARTICIPATION, year(2026));
        if (endorsed) {
            roadmap.submit();
            roadmap.endorse();
        }
        persist(em, roadmap);
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
