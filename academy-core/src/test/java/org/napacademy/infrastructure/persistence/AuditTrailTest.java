package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;

import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.audit.AuditAction;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.Money;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * The audit trail as EclipseLink writes it on a migrated database, with the shared cache on as in Payara:
 * each create, update and delete of an audited entity leaves one record in its own transaction, with the
 * old and new values of what changed; a rolled-back change leaves none. Without a container the actor is "system".
 */
class AuditTrailTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void migrate_and_connect() { database = MigratedDatabase.create(Map.of()); }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void creating_a_node_records_all_its_fields_under_its_roadmap() {
        var ids = write(em -> {
            var roadmap = roadmap(em);
            var goal = roadmap.goals().get(0);
            var outcome = goal.addChild(ResultLevel.OUTCOME, "Women lead mediation", year(2025));
            em.flush();
            return List.of(roadmap.id(), goal.id(), outcome.id());
        });

        var created = only(history("ResultNode", ids.get(2)));
        assertThat(created.action()).isEqualTo(AuditAction.CREATE);
        assertThat(created.actor()).isEqualTo("system");
        assertThat(created.roadmapId()).contains(ids.get(0));
        assertThat(created.nodeId()).contains(ids.get(2));
        assertThat(created.recordedAt()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(created.oldValues()).isEmpty();
        assertThat(created.newValues()).containsEntry("title", Json.createValue("Women lead mediation"))
                .containsEntry("level", Json.createValue("OUTCOME")).containsEntry("start", Json.createValue("2025-01-01"))
                .containsEntry("parent", Json.createValue(ids.get(1)));
    }

    @Test
    void an_update_records_only_the_changed_fields_with_old_and_new_values() {
        var nodeId = write(em -> roadmap(em).goals().get(0).id());

        write(em -> {
            var goal = em.find(ResultNode.class, nodeId);
            goal.rename("Women shape every peace agreement");
            goal.changeStatus(ProgressStatus.ON_TRACK);
            goal.addBudgetLine(new BudgetLine(Money.of("2500", "USD"), "Treasury", GenderMarker.PRINCIPAL));
            return nodeId;
        });

        var update = history("ResultNode", nodeId).get(1);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.oldValues()).isEqualTo(Json.createObjectBuilder()
                .add("title", "Women shape peace and security policy").add("status", "NOT_STARTED")
                .add("budgetLines", Json.createArrayBuilder()).build());
        assertThat(update.newValues()).isEqualTo(Json.createObjectBuilder()
                .add("title", "Women shape every peace agreement").add("status", "ON_TRACK")
                .add("budgetLines", Json.createArrayBuilder().add("USD 2500 / Treasury / PRINCIPAL")).build());
        assertThat(update.changes()).extracting(change -> change.field() + ": " + change.oldValue().orElse("") + " -> " + change.newValue().orElse(""))
                .contains("title: Women shape peace and security policy -> Women shape every peace agreement");
    }

    @Test
    void a_rolled_back_transaction_records_nothing() {
        var nodeId = write(em -> roadmap(em).goals().get(0).id());
        var before = history("ResultNode", nodeId).size();

        assertThatThrownBy(() -> write(em -> {
            em.find(ResultNode.class, nodeId).rename("Never saved");
            em.flush();
            throw new IllegalStateException("the use case fails after its flush");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(history("ResultNode", nodeId)).hasSize(before);
        read(em -> assertThat(em.find(ResultNode.class, nodeId).title()).isEqualTo("Women shape peace and security policy"));
    }

    @Test
    void two_flushes_in_one_transaction_record_each_change_once() {
        var nodeId = write(em -> roadmap(em).goals().get(0).id());

        write(em -> {
            var goal = em.find(ResultNode.class, nodeId);
            goal.rename("First");
            em.flush();
            goal.describe("Then described");
            return nodeId;
        });

        var records = history("ResultNode", nodeId);
        assertThat(records).hasSize(3);
        assertThat(records.get(1).newValues().keySet()).containsExactly("title");
        assertThat(records.get(2).oldValues()).isEqualTo(Json.createObjectBuilder().addNull("description").build());
        assertThat(records.get(2).newValues().keySet()).containsExactly("description");
    }

    @Test
    void deleting_an_indicator_records_its_last_values_and_its_measurements_go_too() {
        var ids = write(em -> {
            var outcome = roadmap(em).goals().get(0).addChild(ResultLevel.OUTCOME, "Outcome", year(2025));
            var indicator = outcome.addIndicator("Share of women mediators", IndicatorUnit.PERCENT, true, BigDecimal.TEN, LocalDate.of(2024, 12, 31));
            indicator.addPeriod(year(2025)).planTarget(new BigDecimal("30.5"), null, null);
            em.flush();
            return List.of(outcome.id(), indicator.id(), indicator.periods().get(0).targets().get(0).id());
        });

        write(em -> {
            var outcome = em.find(ResultNode.class, ids.get(0));
            outcome.removeIndicator(em.find(Indicator.class, ids.get(1)));
            return 0L;
        });

        var deleted = history("Indicator", ids.get(1)).get(1);
        assertThat(deleted.action()).isEqualTo(AuditAction.DELETE);
        assertThat(deleted.nodeId()).contains(ids.get(0));
        assertThat(deleted.newValues()).isEmpty();
        assertThat(deleted.oldValues()).containsEntry("title", Json.createValue("Share of women mediators"))
                .containsEntry("baselineValue", Json.createValue(BigDecimal.TEN));
        var target = history("Measurement", ids.get(2));
        assertThat(target).extracting(AuditRecord::action).containsExactly(AuditAction.CREATE, AuditAction.DELETE);
        assertThat(target.get(0).newValues()).containsEntry("value", Json.createValue(new BigDecimal("30.5")));
        read(em -> assertThat(new JpaAuditTrail(em).ofNode(ids.get(0), 0, 100)).extracting(AuditRecord::entityType)
                .contains("ResultNode", "Indicator", "Period", "Measurement"));
    }

    @Test
    void sign_in_bookkeeping_records_nothing_and_a_password_change_shows_no_value() {
        var username = "audit." + UUID.randomUUID().toString().substring(0, 8);
        var userId = write(em -> {
            var account = new UserAccount(username, "Audit Tester", "hash-1", Set.of(Role.DELEGATE));
            em.persist(account);
            em.flush();
            return account.id();
        });
        var created = only(history("UserAccount", userId));
        assertThat(created.newValues().keySet()).containsExactly("username", "displayName", "roles", "delegation", "sponsoredProgrammes", "active", "email");

        write(em -> {
            var account = em.find(UserAccount.class, userId);
            account.recordFailedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
            account.recordFailedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
            account.recordFailedSignIn(Instant.now(), 3, Duration.ofMinutes(15));
            return userId;
        });
        read(em -> assertThat(em.find(UserAccount.class, userId).lockedUntil()).isPresent());
        assertThat(history("UserAccount", userId)).hasSize(1);

        write(em -> {
            var account = em.find(UserAccount.class, userId);
            account.changePasswordHash("hash-2");
            account.grant(Role.TRAINER);
            return userId;
        });
        var update = history("UserAccount", userId).get(1);
        assertThat(update.oldValues()).isEqualTo(Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("DELEGATE")).build());
        assertThat(update.newValues()).isEqualTo(Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder().add("DELEGATE").add("TRAINER")).add("password", "changed").build());
        assertThat(update.toString()).doesNotContain("hash");
    }

    @Test
    void the_roadmap_history_is_newest_first_and_counted() {
        var roadmapId = write(em -> roadmap(em).id());
        write(em -> {
            em.find(Roadmap.class, roadmapId).retitle("Second title");
            return roadmapId;
        });

        read(em -> {
            var trail = new JpaAuditTrail(em);
            var page = trail.ofRoadmap(roadmapId, 0, 2);
            assertThat(page).hasSize(2);
            assertThat(page.get(0).newValues()).containsEntry("title", Json.createValue("Second title"));
            assertThat(trail.countOfRoadmap(roadmapId)).isEqualTo(3);   // roadmap, goal, retitle
            assertThat(trail.ofRoadmap(roadmapId, 2, 10)).extracting(AuditRecord::entityType).containsExactly("Roadmap");
        });
    }

    @Test
    void measurements_are_recorded_with_their_node() {
        var ids = write(em -> {
            var outcome = roadmap(em).goals().get(0).addChild(ResultLevel.OUTCOME, "Outcome", year(2025));
            var period = outcome.addIndicator("Mediators", IndicatorUnit.NUMBER, true, BigDecimal.ONE, null).addPeriod(year(2025));
            var actual = period.recordActual(new BigDecimal("4"), null, LocalDate.of(2025, 6, 30), "Mid-year count", null);
            em.flush();
            return List.of(outcome.id(), actual.id());
        });

        var created = only(history("Measurement", ids.get(1)));
        assertThat(created.nodeId()).contains(ids.get(0));
        assertThat(created.newValues()).containsEntry("kind", Json.createValue("ACTUAL")).containsEntry("value", Json.createValue(4L))
                .containsEntry("comment", Json.createValue("Mid-year count"));
        read(em -> assertThat(em.find(Measurement.class, ids.get(1))).isNotNull());
    }

    /** A new draft roadmap of Costa Rica with one goal over 2025-2027, persisted. */
    private static Roadmap roadmap(EntityManager em) { return PersistedRoadmaps.draft(em, "CR"); }

    /** The records of one entity, oldest first. */
    private static List<AuditRecord> history(String entityType, long entityId) {
        var em = database.factory().createEntityManager();
        try {
            return em.createQuery("select a from AuditRecord a where a.entityType = ?1 and a.entityId = ?2 order by a.id", AuditRecord.class)
                    .setParameter(1, entityType).setParameter(2, entityId).getResultList();
        } finally {
            em.close();
        }
    }

    private static AuditRecord only(List<AuditRecord> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static <T> T write(Function<EntityManager, T> work) { return database.inTransaction(work); }

    private static void read(java.util.function.Consumer<EntityManager> work) { database.read(work); }
}
