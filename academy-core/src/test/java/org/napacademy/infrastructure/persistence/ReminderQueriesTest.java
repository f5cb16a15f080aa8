package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.reminder.SentDigest;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * The reminders' queries on a migrated database: results ending in a window by end date and status, the
 * delegations of open cohorts, reports of several delegations at once, the digest log and e-mail addresses.
 */
class ReminderQueriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Set<ProgressStatus> FINISHED = Set.of(ProgressStatus.DONE, ProgressStatus.CANCELLED);
    private static MigratedDatabase database;
    private static long ecuador;
    private static long bolivia;
    private static long trinidad;

    @BeforeAll
    static void two_cohorts_one_closed() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var programme = persist(em, TestData.programme());
            var open = cohort(em, programme, "trainer", false);
            var closed = cohort(em, programme, "trainer", true);
            var ec = persist(em, new Delegation(open, em.find(Country.class, "EC")));
            var bo = persist(em, new Delegation(open, em.find(Country.class, "BO")));
            var tt = persist(em, new Delegation(closed, em.find(Country.class, "TT")));
            ecuador = ec.id();
            bolivia = bo.id();
            trinidad = tt.id();
            var output = output(em, ec);
            activity(output, "yesterday", TODAY.minusDays(1), ProgressStatus.ON_TRACK);
            activity(output, "today", TODAY, ProgressStatus.NOT_STARTED);
            activity(output, "day 30", TODAY.plusDays(30), ProgressStatus.AT_RISK);
            activity(output, "day 31", TODAY.plusDays(31), ProgressStatus.ON_TRACK);
            activity(output, "done", TODAY.plusDays(5), ProgressStatus.DONE);
            activity(output, "cancelled", TODAY.plusDays(6), ProgressStatus.CANCELLED);
            activity(output(em, tt), "elsewhere", TODAY.plusDays(2), ProgressStatus.ON_TRACK);
            persist(em, new ProgressReport(ec, year(2025)));
            persist(em, new ProgressReport(tt, year(2025)));
            closed.close();
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void results_ending_from_today_to_the_thirtieth_day_and_not_finished_are_found_soonest_first() {
        var titles = database.inTransaction(em -> {
            var repository = new JpaRoadmapRepository(em);
            var ec = List.of(em.find(Delegation.class, ecuador), em.find(Delegation.class, bolivia));
            var found = repository.ending(ec, TODAY, TODAY.plusDays(30), FINISHED);
            assertThat(repository.countEnding(ec, TODAY, TODAY.plusDays(30), FINISHED)).isEqualTo(found.size());
            assertThat(found).allSatisfy(node -> assertThat(node.roadmap().delegation().orElseThrow().id()).isEqualTo(ecuador));
            return found.stream().map(ResultNode::title).toList();
        });

        assertThat(titles).containsExactly("today", "day 30");
    }

    @Test
    void no_delegations_no_query() {
        database.read(em -> {
            var repository = new JpaRoadmapRepository(em);
            assertThat(repository.ending(List.of(), TODAY, TODAY.plusDays(30), FINISHED)).isEmpty();
            assertThat(repository.countEnding(List.of(), TODAY, TODAY.plusDays(30), FINISHED)).isZero();
            assertThat(new JpaProgressReportRepository(em).ofDelegations(List.of())).isEmpty();
        });
    }

    @Test
    void the_delegations_of_closed_cohorts_are_left_out() {
        database.read(em -> {
            var repository = new JpaDelegationRepository(em);
            assertThat(repository.inOpenCohorts()).extracting(Delegation::id).containsExactlyInAnyOrder(ecuador, bolivia);
            assertThat(repository.inOpenCohortsTrainedBy("trainer")).extracting(Delegation::id).containsExactlyInAnyOrder(ecuador, bolivia);
            assertThat(repository.inOpenCohortsTrainedBy("someone.else")).isEmpty();
        });
    }

    @Test
    void the_reports_of_several_delegations_come_in_one_query() {
        database.read(em -> {
            var reports = new JpaProgressReportRepository(em).ofDelegations(
                    List.of(em.find(Delegation.class, ecuador), em.find(Delegation.class, trinidad)));
            assertThat(reports).extracting(r -> r.delegation().id()).containsExactlyInAnyOrder(ecuador, trinidad);
        });
    }

    @Test
    void an_e_mail_address_is_kept_and_only_active_accounts_with_one_are_reachable() {
        var reachable = database.inTransaction(em -> {
            var ana = persist(em, new UserAccount("ana.reminders", "Ana", "hash", Set.of(Role.TRAINER)));
            ana.changeEmail(" ana@example.org ");
            persist(em, new UserAccount("no.address", "None", "hash", Set.of(Role.TRAINER)));
            var gone = persist(em, new UserAccount("gone.reminders", "Gone", "hash", Set.of(Role.TRAINER)));
            gone.changeEmail("gone@example.org");
            gone.deactivate();
            em.flush();
            return new JpaUserAccountRepository(em).reachableByEmail().stream().map(UserAccount::username).toList();
        });

        assertThat(reachable).containsExactly("ana.reminders");
        database.read(em -> assertThat(new JpaUserAccountRepository(em).byUsername("ana.reminders").orElseThrow().email())
                .contains("ana@example.org"));
    }

    @Test
    void a_digest_is_logged_once_per_person_and_day() {
        var day = LocalDate.of(2026, 3, 11);
        database.inTransaction(em -> {
            var bea = persist(em, new UserAccount("bea.digest", "Bea", "hash", Set.of(Role.TRAINER)));
            var repository = new JpaSentDigestRepository(em);
            assertThat(repository.sentTo(bea, day)).isFalse();
            repository.add(new SentDigest(bea, day, Instant.parse("2026-03-11T06:00:00Z"), 2, 1));
            repository.flush();
            assertThat(repository.sentTo(bea, day)).isTrue();
            assertThat(repository.sentTo(bea, day.plusDays(1))).isFalse();
            return null;
        });

        assertThatThrownBy(() -> database.inTransaction(em -> {
            var bea = new JpaUserAccountRepository(em).byUsername("bea.digest").orElseThrow();
            em.persist(new SentDigest(bea, day, Instant.parse("2026-03-11T07:00:00Z"), 0, 1));
            em.flush();
            return null;
        })).isInstanceOf(PersistenceException.class);
    }

    private static Cohort cohort(EntityManager em, Programme programme, String trainer, boolean closed) {
        var cohort = new Cohort(programme, closed ? "Closed cohort" : "Open cohort", TestData.cohort(programme).venue(), year(2025));
        cohort.assignTrainer(trainer);
        return persist(em, cohort);
    }

    private static ResultNode output(EntityManager em, Delegation delegation) {
        var roadmap = new Roadmap(delegation, "Roadmap of " + delegation.country().iso2());
        var goal = roadmap.addGoal("Goal", Pillar.PARTICIPATION, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)));
        persist(em, roadmap);
        return goal.addChild(ResultLevel.OUTCOME, "Outcome", goal.schedule()).addChild(ResultLevel.OUTPUT, "Output", goal.schedule());
    }

    private static void activity(ResultNode output, String title, LocalDate end, ProgressStatus status) {
        output.addChild(ResultLevel.ACTIVITY, title, DateRange.of(LocalDate.of(2025, 1, 1), end)).changeStatus(status);
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
