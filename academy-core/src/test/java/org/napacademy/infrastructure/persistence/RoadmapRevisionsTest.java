package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.Money;

/**
 * The roadmap's revision (V14) as EclipseLink raises it on a migrated database: every write of what the whole-roadmap
 * document shows raises it by one per flush, in the writing transaction; reads and rolled-back writes leave it.
 */
class RoadmapRevisionsTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void migrate_and_connect() { database = MigratedDatabase.withoutCache(); }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void every_write_of_the_document_raises_the_revision_by_one() {
        var ids = database.inTransaction(em -> {
            var roadmap = PersistedRoadmaps.draft(em, "CR");
            var outcome = roadmap.goals().get(0).addChild(ResultLevel.OUTCOME, "Outcome", year(2025));
            var period = outcome.addIndicator("Mediators", IndicatorUnit.NUMBER, true, BigDecimal.ONE, null).addPeriod(year(2025));
            period.planTarget(BigDecimal.TEN, null, null);
            var actual = period.recordActual(new BigDecimal("4"), null, LocalDate.of(2025, 6, 30), null, null);
            em.flush();
            return new long[] {roadmap.id(), roadmap.goals().get(0).id(), outcome.id(), period.indicator().id(), period.id(), actual.id()};
        });
        long roadmapId = ids[0], goalId = ids[1], outcomeId = ids[2], indicatorId = ids[3], periodId = ids[4], actualId = ids[5];
        assertThat(revision(roadmapId)).as("two flushes: the new roadmap, then its tree").isEqualTo(2);

        raisesByOne(roadmapId, em -> em.find(Roadmap.class, roadmapId).retitle("Second title"));
        raisesByOne(roadmapId, em -> em.find(ResultNode.class, goalId).rename("Renamed goal"));
        raisesByOne(roadmapId, em -> em.find(ResultNode.class, outcomeId).changeStatus(ProgressStatus.ON_TRACK));
        raisesByOne(roadmapId, em -> em.find(ResultNode.class, outcomeId)
                .addBudgetLine(new BudgetLine(Money.of("100.00", "USD"), "UN Women", GenderMarker.PRINCIPAL)));
        raisesByOne(roadmapId, em -> em.find(ResultNode.class, outcomeId).addChild(ResultLevel.OUTPUT, "Output", year(2025)));
        raisesByOne(roadmapId, em -> em.find(Indicator.class, indicatorId).rename("Women mediators"));
        raisesByOne(roadmapId, em -> em.find(Period.class, periodId).planTarget(new BigDecimal("12"), null, null));
        raisesByOne(roadmapId, em -> em.find(Period.class, periodId).recordActual(new BigDecimal("6"), null, LocalDate.of(2025, 9, 30), null, null));
        raisesByOne(roadmapId, em -> em.find(Period.class, periodId).withdraw(em.find(Measurement.class, actualId)));
        raisesByOne(roadmapId, em -> em.find(Indicator.class, indicatorId).addPeriod(year(2026)));
        raisesByOne(roadmapId, em -> {
            var goal = em.find(ResultNode.class, goalId);
            goal.removeChild(em.find(ResultNode.class, outcomeId));
        });
    }

    @Test
    void one_entity_manager_raises_it_in_each_of_its_transactions() {
        var ids = database.inTransaction(em -> {
            var roadmap = PersistedRoadmaps.draft(em, "BZ");
            var period = roadmap.goals().get(0).addChild(ResultLevel.OUTCOME, "Outcome", year(2025)).addIndicator("Mediators", IndicatorUnit.NUMBER, true, BigDecimal.ONE, null)
                    .addPeriod(year(2025));
            period.recordActual(BigDecimal.ONE, null, LocalDate.of(2025, 3, 31), null, null);
            period.recordActual(BigDecimal.TEN, null, LocalDate.of(2025, 6, 30), null, null);
            em.flush();
            return new long[] {roadmap.id(), period.id()};
        });
        var before = revision(ids[0]);

        var em = database.factory().createEntityManager();
        try {
            for (int i = 0; i < 2; i++) {
                em.getTransaction().begin();
                var period = em.find(Period.class, ids[1]);
                period.withdraw(period.actuals().get(0));
                em.getTransaction().commit();
            }
        } finally {
            em.close();
        }

        assertThat(revision(ids[0])).isEqualTo(before + 2);
    }

    @Test
    void a_read_or_a_rolled_back_write_leaves_the_revision() {
        var roadmapId = database.inTransaction(em -> PersistedRoadmaps.draft(em, "PA").id());
        var before = revision(roadmapId);

        database.read(em -> new JpaRoadmapRepository(em).whole(roadmapId).orElseThrow().progress());
        assertThatThrownBy(() -> database.inTransaction(em -> {
            em.find(Roadmap.class, roadmapId).retitle("Never saved");
            em.flush();
            throw new IllegalStateException("the use case fails after its flush");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(revision(roadmapId)).isEqualTo(before);
    }

    @Test
    void one_flush_over_two_roadmaps_raises_each_once_and_no_other() {
        var first = database.inTransaction(em -> PersistedRoadmaps.draft(em, "GT").id());
        var second = database.inTransaction(em -> PersistedRoadmaps.draft(em, "HN").id());
        var untouched = database.inTransaction(em -> PersistedRoadmaps.draft(em, "SV").id());
        var before = List.of(revision(first), revision(second), revision(untouched));

        database.inTransaction(em -> {
            for (var id : List.of(first, second)) {
                var goal = em.find(Roadmap.class, id).goals().get(0);
                goal.rename("Renamed");
                goal.addChild(ResultLevel.OUTCOME, "One", year(2025));
                goal.addChild(ResultLevel.OUTCOME, "Two", year(2025));
            }
            return 0;
        });

        assertThat(List.of(revision(first), revision(second), revision(untouched)))
                .containsExactly(before.get(0) + 1, before.get(1) + 1, before.get(2));
    }

    private static void raisesByOne(long roadmapId, Consumer<EntityManager> write) {
        var before = revision(roadmapId);
        database.inTransaction(em -> {
            write.accept(em);
            return 0;
        });
        assertThat(revision(roadmapId)).as("the revision after the write").isEqualTo(before + 1);
    }

    private static long revision(long roadmapId) {
        var revision = new long[1];
        database.read(em -> revision[0] = new JpaRoadmapRepository(em).revision(roadmapId).orElseThrow());
        return revision[0];
    }
}
