package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.withId;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.ReportingCalendar;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;

/**
 * Reminders on a calendar of two half-year check-ins after the 2025 Panama City cohort (July-December 2025,
 * due 30 January 2026; January-June 2026, due 30 July 2026) and a roadmap whose activities end around
 * 15 February 2026, the day the tests stand on.
 */
class ReminderServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 15);
    private static final DateRange SECOND_HALF_2025 = DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));

    private final Cohort cohort = withId(TestData.cohort(TestData.programme()), 7);
    private final Delegation costaRica = withId(new Delegation(cohort, TestData.costaRica()), 11);
    private final Delegation ecuador = withId(new Delegation(cohort,
            new Country("EC", "ECU", new LocalizedText("Ecuador", "Ecuador", "Equador", "Équateur"), Subregion.SOUTH_AMERICA)), 12);
    private final Roadmap roadmap = withId(new Roadmap(costaRica, "Costa Rica: roadmap"), 20);
    private final ResultNode goal = withId(roadmap.addGoal("Women shape security policy", Pillar.PARTICIPATION,
            DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 12, 31))), 21);
    private final List<ProgressReport> reports = new ArrayList<>();
    private final List<Object[]> windowsAsked = new ArrayList<>();
    private final ReminderService service = new ReminderService();
    private Actor actor = Actor.SYSTEM;

    @BeforeEach
    void wire() {
        cohort.programme().scheduleReporting(new ReportingCalendar(6, 12, 30));
        cohort.assignTrainer("trainer");
        service.delegations = Fakes.of(DelegationRepository.class, Map.of(
                "inOpenCohorts", args -> List.of(costaRica, ecuador),
                "inOpenCohortsTrainedBy", args -> cohort.hasTrainer((String) args[0]) ? List.of(costaRica, ecuador) : List.of(),
                "find", args -> List.of(costaRica, ecuador).stream().filter(d -> d.id() == (long) args[0]).findFirst()));
        service.reports = Fakes.of(ProgressReportRepository.class, Map.of(
                "ofDelegations", args -> reports.stream().filter(r -> ((Collection<?>) args[0]).contains(r.delegation())).toList()));
        service.roadmaps = Fakes.of(RoadmapRepository.class, Map.of(
                "ending", args -> ending(args),
                "countEnding", args -> (long) ending(args).size()));
        service.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        service.access = new AccessPolicy(() -> actor, id -> Optional.of(cohort));
    }

    /** As the query does: the nodes of the delegations' roadmaps ending in the window whose status is not finished. */
    @SuppressWarnings("unchecked")
    private List<ResultNode> ending(Object[] args) {
        windowsAsked.add(args);
        var from = (LocalDate) args[1];
        var to = (LocalDate) args[2];
        return roadmap.nodes().stream()
                .filter(node -> ((Collection<Delegation>) args[0]).contains(node.roadmap().delegation().orElseThrow()))
                .filter(node -> !node.schedule().end().isBefore(from) && !node.schedule().end().isAfter(to))
                .filter(node -> !((Set<ProgressStatus>) args[3]).contains(node.status()))
                .toList();
    }

    private ResultNode activityEnding(LocalDate end, long id) {
        var outcome = goal.children().isEmpty()
                ? withId(goal.addChild(ResultLevel.OUTCOME, "Women lead", goal.schedule()), 30)
                : goal.children().get(0);
        var output = outcome.children().isEmpty()
                ? withId(outcome.addChild(ResultLevel.OUTPUT, "Training", goal.schedule()), 31)
                : outcome.children().get(0);
        return withId(output.addChild(ResultLevel.ACTIVITY, "Activity ending " + end, DateRange.of(LocalDate.of(2025, 7, 1), end)), id);
    }

    @Test
    void a_check_in_past_its_due_date_is_overdue_with_the_days_since() {
        var reminders = service.ofDelegation(costaRica.id());

        assertThat(reminders.overdueCheckIns()).singleElement().satisfies(overdue -> {
            assertThat(overdue.period()).isEqualTo(SECOND_HALF_2025);
            assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 1, 30));
            assertThat(overdue.daysOverdue()).isEqualTo(16);
        });
    }

    @Test
    void a_check_in_still_within_its_grace_days_is_due_but_no_reminder() {
        service.clock = Clock.fixed(LocalDate.of(2026, 1, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        assertThat(service.ofDelegation(costaRica.id()).overdueCheckIns()).isEmpty();
    }

    @Test
    void a_submitted_check_in_is_no_longer_overdue() {
        var report = withId(new ProgressReport(costaRica, SECOND_HALF_2025), 50);
        report.submit(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC));
        reports.add(report);

        assertThat(service.ofDelegation(costaRica.id()).overdueCheckIns()).isEmpty();
        assertThat(service.ofDelegation(ecuador.id()).overdueCheckIns()).hasSize(1);
    }

    @Test
    void milestones_are_the_results_ending_from_today_to_the_thirtieth_day_soonest_first() {
        activityEnding(TODAY.minusDays(1), 40);
        activityEnding(TODAY.plusDays(30), 41);
        activityEnding(TODAY, 42);
        activityEnding(TODAY.plusDays(31), 43);

        var due = service.ofDelegation(costaRica.id()).dueMilestones();

        assertThat(due).extracting(DueMilestone::nodeId).containsExactly(42L, 41L);
        assertThat(due).extracting(DueMilestone::daysLeft).containsExactly(0L, 30L);
        assertThat(due.get(0).roadmapId()).isEqualTo(20);
        assertThat(due.get(0).level()).isEqualTo(ResultLevel.ACTIVITY);
        assertThat(windowsAsked).allSatisfy(args -> {
            assertThat(args[1]).isEqualTo(TODAY);
            assertThat(args[2]).isEqualTo(TODAY.plusDays(30));
            assertThat(args[3]).isEqualTo(Set.of(ProgressStatus.DONE, ProgressStatus.CANCELLED));
        });
    }

    @Test
    void done_and_cancelled_results_are_no_milestones() {
        activityEnding(TODAY.plusDays(3), 40).changeStatus(ProgressStatus.DONE);
        activityEnding(TODAY.plusDays(4), 41).changeStatus(ProgressStatus.CANCELLED);
        activityEnding(TODAY.plusDays(5), 42).changeStatus(ProgressStatus.AT_RISK);

        assertThat(service.ofDelegation(costaRica.id()).dueMilestones()).singleElement().satisfies(due -> {
            assertThat(due.nodeId()).isEqualTo(42);
            assertThat(due.status()).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(due.daysLeft()).isEqualTo(5);
        });
    }

    @Test
    void a_delegation_without_a_roadmap_still_has_its_overdue_check_ins() {
        activityEnding(TODAY.plusDays(3), 40);

        var reminders = service.ofDelegation(ecuador.id());

        assertThat(reminders.dueMilestones()).isEmpty();
        assertThat(reminders.overdueCheckIns()).hasSize(1);
        assertThat(reminders.country().en()).isEqualTo("Ecuador");
        assertThat(reminders.cohortName()).isEqualTo("2025 Panama City");
    }

    @Test
    void a_delegate_sees_only_their_own_delegation_and_not_another_s() {
        actor = new Actor(3L, "delegate.ec", Set.of(Role.DELEGATE), ecuador.id(), Set.of());

        assertThat(service.mine()).extracting(DelegationReminders::delegationId).containsExactly(ecuador.id());
        assertThatThrownBy(() -> service.ofDelegation(costaRica.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_trainer_sees_every_delegation_of_the_cohorts_they_train_and_the_count_matches() {
        activityEnding(TODAY.plusDays(3), 40);
        actor = new Actor(5L, "trainer", Set.of(Role.TRAINER), null, Set.of());

        assertThat(service.mine()).extracting(DelegationReminders::delegationId).containsExactly(costaRica.id(), ecuador.id());
        assertThat(service.countMine()).isEqualTo(3);

        actor = new Actor(6L, "another.trainer", Set.of(Role.TRAINER), null, Set.of());
        assertThat(service.mine()).isEmpty();
        assertThat(service.countMine()).isZero();
    }

    @Test
    void a_sponsor_has_no_reminders_and_may_not_read_a_delegation_s() {
        actor = new Actor(8L, "sponsor", Set.of(Role.SPONSOR), null, Set.of(1L));

        assertThat(service.mine()).isEmpty();
        assertThatThrownBy(() -> service.ofDelegation(costaRica.id())).isInstanceOf(AccessDenied.class);
    }

    @Test
    void delegations_with_nothing_due_are_left_out_of_the_list() {
        service.clock = Clock.fixed(LocalDate.of(2025, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        assertThat(service.mine()).isEmpty();
        assertThat(service.ofDelegation(costaRica.id()).isEmpty()).isTrue();
    }
}
