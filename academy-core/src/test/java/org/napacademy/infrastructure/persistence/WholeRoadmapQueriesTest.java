package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.domain.model.TestData.year;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.Money;

/**
 * {@link JpaRoadmapRepository#whole} reads a roadmap with a number of SQL statements that does not grow
 * with its tree: reading and walking a tree of 4 nodes and one of 85 costs the same.
 */
class WholeRoadmapQueriesTest {

    private static MigratedDatabase database;
    private static EntityManagerFactory emf;

    /** Counts the SQL statements EclipseLink sends. */
    public static class StatementCounter extends SessionEventAdapter {
        static final AtomicInteger STATEMENTS = new AtomicInteger();

        @Override public void preExecuteCall(SessionEvent event) { STATEMENTS.incrementAndGet(); }
    }

    @BeforeAll
    static void migrate_and_connect() {
        database = MigratedDatabase.create(Map.of(
                "eclipselink.session-event-listener", StatementCounter.class.getName()));
        emf = database.factory();
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_large_tree_is_read_with_as_many_statements_as_a_small_one() {
        var small = write(em -> roadmap(em, 1, 1));
        var large = write(em -> roadmap(em, 2, 3));

        var smallCold = statementsToReadWhole(small, true);
        var largeCold = statementsToReadWhole(large, true);
        var largeWarm = statementsToReadWhole(large, false);

        assertThat(nodeCount(large)).isEqualTo(2 + 6 + 18 + 54 + 5);
        assertThat(largeCold).isEqualTo(smallCold).isLessThanOrEqualTo(15);
        assertThat(largeWarm).isLessThanOrEqualTo(largeCold);
    }

    @Test
    void a_read_only_roadmap_is_not_registered_for_changes_and_costs_as_many_statements_as_a_small_one() {
        var small = write(em -> roadmap(em, 1, 1));
        var large = write(em -> roadmap(em, 2, 3));

        var smallRead = statementsToRead(small, JpaRoadmapRepository::wholeReadOnly);
        var largeRead = statementsToRead(large, JpaRoadmapRepository::wholeReadOnly);

        assertThat(largeRead).isEqualTo(smallRead).isLessThanOrEqualTo(15);
        readIn(em -> {
            var roadmap = new JpaRoadmapRepository(em).wholeReadOnly(large).orElseThrow();
            assertThat(em.contains(roadmap)).as("no working copy to track").isFalse();
            assertThat(roadmap.nodes()).hasSize((int) nodeCount(large));
            return roadmap;
        });
    }

    @Test
    void a_read_only_shared_roadmap_has_its_endorsements_with_their_delegations() {
        var id = write(em -> {
            var programme = TestData.programme();
            em.persist(programme);
            var cohort = TestData.cohort(programme);
            em.persist(cohort);
            var delegation = new Delegation(cohort, em.find(Country.class, "CR"));
            em.persist(delegation);
            var shared = Roadmap.ofGathering(cohort, "Outcome document");
            shared.addGoal("Goal", Pillar.PARTICIPATION, year(2025));
            shared.adopt(cohort.dates().end());
            shared.recordEndorsement(delegation, cohort.dates().end());
            em.persist(shared);
            em.flush();
            return shared.id();
        });

        var countries = readIn(em -> new JpaRoadmapRepository(em).wholeReadOnly(id).orElseThrow().endorsements().stream()
                .map(endorsement -> endorsement.delegation().country().iso2()).toList());

        assertThat(countries).containsExactly("CR");
    }

    @Test
    void the_whole_roadmap_holds_its_tree_in_order_with_measurements() {
        var id = write(em -> roadmap(em, 1, 2));
        var em = emf.createEntityManager();
        try {
            var roadmap = new JpaRoadmapRepository(em).whole(id).orElseThrow();
            var goal = roadmap.goals().get(0);
            assertThat(goal.children()).extracting(ResultNode::title).containsExactly("Outcome 0", "Outcome 1");
            var outcome = goal.children().get(0);
            assertThat(outcome.indicators().get(0).achievement().orElseThrow().ratio()).isEqualByComparingTo("0.5");
            assertThat(roadmap.delegation().orElseThrow().country().iso2()).isEqualTo("CR");
        } finally {
            em.close();
        }
    }

    private static int statementsToReadWhole(long roadmapId, boolean coldCache) {
        if (coldCache) emf.getCache().evictAll();
        return statementsToRead(roadmapId, JpaRoadmapRepository::whole);
    }

    private static int statementsToRead(long roadmapId, BiFunction<JpaRoadmapRepository, Long, Optional<Roadmap>> read) {
        return readIn(em -> {
            StatementCounter.STATEMENTS.set(0);
            walk(read.apply(new JpaRoadmapRepository(em), roadmapId).orElseThrow());
            return StatementCounter.STATEMENTS.get();
        });
    }

    private static <R> R readIn(Function<EntityManager, R> work) {
        var em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Everything the whole-roadmap document reads. */
    private static void walk(Roadmap roadmap) {
        roadmap.progress();
        roadmap.delegation().orElseThrow().country().iso2();
        roadmap.nodes().forEach(node -> {
            node.rolledUpStatus();
            node.parent().map(ResultNode::id);
            node.budgetLines().forEach(BudgetLine::money);
            node.draftedIn().map(Module::id);
            node.indicators().forEach(indicator -> {
                indicator.achievement();
                indicator.isOnTrack();
                indicator.periods().forEach(period -> {
                    period.achievement();
                    period.measurements().forEach(m -> m.period().id());
                });
            });
        });
    }

    private static long nodeCount(long roadmapId) {
        var em = emf.createEntityManager();
        try {
            return em.createQuery("select count(n) from ResultNode n where n.roadmap.id = ?1", Long.class)
                    .setParameter(1, roadmapId).getSingleResult();
        } finally {
            em.close();
        }
    }

    /**
     * A roadmap of {@code goals} goals, each with {@code width} outcomes, each of those with {@code width}
     * outputs and each of those with {@code width} activities, plus one goal-less extra branch of 5 nodes
     * when width is above 1; outcomes and outputs carry a measured indicator.
     */
    private static long roadmap(EntityManager em, int goals, int width) {
        var programme = TestData.programme();
        em.persist(programme);
        var cohort = TestData.cohort(programme);
        em.persist(cohort);
        var module = new Module(programme, "THEORY_OF_CHANGE", LocalizedText.english("Theory of change"), 60, 1);
        em.persist(module);
        var delegation = new Delegation(cohort, em.find(Country.class, "CR"));
        em.persist(delegation);
        var roadmap = new Roadmap(delegation, "Roadmap");
        for (int g = 0; g < goals; g++) {
            var goal = roadmap.addGoal("Goal " + g, Pillar.PARTICIPATION, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)));
            for (int o = 0; o < width; o++) {
                var outcome = measured(goal.addChild(ResultLevel.OUTCOME, "Outcome " + o, year(2025)));
                for (int p = 0; p < width; p++) {
                    var output = measured(outcome.addChild(ResultLevel.OUTPUT, "Output " + p, year(2025)));
                    for (int a = 0; a < width; a++) {
                        var activity = output.addChild(ResultLevel.ACTIVITY, "Activity " + a, year(2025));
                        activity.markDraftedIn(module);
                        activity.addBudgetLine(new BudgetLine(Money.of("1000", "USD"), "Treasury", GenderMarker.SIGNIFICANT));
                    }
                }
            }
        }
        if (width > 1) {
            var extra = roadmap.addGoal("Extra goal", Pillar.PREVENTION, year(2025));
            var outcome = extra.addChild(ResultLevel.OUTCOME, "Extra outcome", year(2025));
            var output = outcome.addChild(ResultLevel.OUTPUT, "Extra output", year(2025));
            output.addChild(ResultLevel.ACTIVITY, "Extra activity 1", year(2025));
            output.addChild(ResultLevel.ACTIVITY, "Extra activity 2", year(2025));
        }
        em.persist(roadmap);
        em.flush();
        return roadmap.id();
    }

    /** Baseline 10, target 30 and an actual of 20 by mid-year: achievement 0.5. */
    private static ResultNode measured(ResultNode node) {
        var indicator = node.addIndicator("Indicator of " + node.title(), IndicatorUnit.NUMBER, true, BigDecimal.TEN, LocalDate.of(2024, 12, 31));
        indicator.disaggregateBySex();
        var period = indicator.addPeriod(year(2025));
        period.planTarget(new BigDecimal("30"), null, null);
        period.planTarget(new BigDecimal("30"), Sex.FEMALE, null);
        period.recordActual(new BigDecimal("20"), null, LocalDate.of(2025, 6, 30), null, null);
        period.recordActual(new BigDecimal("15"), Sex.FEMALE, LocalDate.of(2025, 6, 30), null, null);
        return node;
    }

    private static long write(Function<EntityManager, Long> work) {
        return database.inTransaction(work);
    }
}
