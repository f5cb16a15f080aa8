package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.infrastructure.demo.DemoAcademy;
import org.napacademy.infrastructure.demo.JpaDemoDataSink;

/**
 * The aggregate queries of the outcomes against the demo academy, each checked against the same figure
 * counted by walking the entities in the test.
 */
class OutcomeFiguresQueriesTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void load_the_demo() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> new DemoAcademy(password -> "not-hashed").loadIfEmpty(new JpaDemoDataSink(em)));
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void participants_attendance_and_feedback_are_counted_by_the_database() {
        database.read(em -> {
            for (var cohort : cohorts(em)) {
                var figures = new JpaOutcomeFigures(em);
                var participants = em.createQuery("select p from Participant p where p.delegation.cohort = ?1", Participant.class)
                        .setParameter(1, cohort).getResultList();
                assertThat(figures.participantsBySex(cohort)).isEqualTo(participants.stream()
                        .collect(Collectors.groupingBy(Participant::sex, Collectors.counting())));
                assertThat(figures.participantsByInstitutionType(cohort)).isEqualTo(participants.stream()
                        .collect(Collectors.groupingBy(p -> p.institution().type(), Collectors.counting())));

                var sessions = em.createQuery("select s from Session s where s.cohort = ?1", Session.class).setParameter(1, cohort).getResultList();
                assertThat(figures.sessionsTaken(cohort)).isEqualTo(sessions.stream().filter(s -> !s.attendances().isEmpty()).count());
                assertThat(figures.presencesByDelegation(cohort)).isEqualTo(sessions.stream().flatMap(s -> s.attendances().stream())
                        .filter(a -> a.status() == AttendanceStatus.PRESENT)
                        .collect(Collectors.groupingBy(a -> a.participant().delegation().id(), Collectors.counting())));

                var feedback = em.createQuery("select f from SessionFeedback f where f.session.cohort = ?1", SessionFeedback.class)
                        .setParameter(1, cohort).getResultList();
                var assessed = feedback.stream().filter(f -> f.learningGain().isPresent()).toList();
                assertThat(figures.feedback(cohort)).satisfies(f -> {
                    assertThat(f.ratings()).isEqualTo(feedback.size());
                    assertThat(f.ratingSum()).isEqualTo(feedback.stream().mapToLong(SessionFeedback::rating).sum());
                    assertThat(f.assessed()).isEqualTo(assessed.size());
                    assertThat(f.gainSum()).isEqualTo(assessed.stream().mapToLong(x -> x.learningGain().orElseThrow()).sum());
                });
            }
        });
    }

    @Test
    void budgets_and_assistance_are_summed_by_the_database() {
        database.read(em -> {
            for (var cohort : cohorts(em)) {
                var figures = new JpaOutcomeFigures(em);
                var nodes = em.createQuery("select n from ResultNode n where n.roadmap.delegation.cohort = ?1", ResultNode.class)
                        .setParameter(1, cohort).getResultList();
                var budgets = figures.budgets(cohort);
                var byDelegation = nodes.stream().collect(Collectors.groupingBy(n -> n.roadmap().delegation().orElseThrow().id()));
                byDelegation.forEach((delegationId, own) -> {
                    var lines = own.stream().flatMap(n -> n.budgetLines().stream()).toList();
                    var expected = lines.stream().collect(Collectors.groupingBy(l -> l.money().currencyCode())).entrySet().stream()
                            .sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> new BudgetOutcome(e.getKey(), sum(e.getValue().stream().map(l -> l.money().amount()).toList()),
                                    sum(e.getValue().stream().filter(l -> l.genderMarker() != GenderMarker.NOT_TARGETED)
                                            .map(l -> l.money().amount()).toList())))
                            .toList();
                    assertThat(budgets.getOrDefault(delegationId, List.of()))
                            .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                            .containsExactlyElementsOf(expected);
                });

                var requests = em.createQuery("select r from AssistanceRequest r where r.delegation.cohort = ?1", AssistanceRequest.class)
                        .setParameter(1, cohort).getResultList();
                var assistance = figures.assistance(cohort);
                requests.stream().collect(Collectors.groupingBy(r -> r.delegation().id())).forEach((delegationId, own) -> {
                    assertThat(assistance.get(delegationId).requests()).isEqualTo(own.size());
                    assertThat(assistance.get(delegationId).answered()).isEqualTo(own.stream().filter(r -> r.answeredAt().isPresent()).count());
                });
                assertThat(figures.answeredRequests(cohort).values().stream().mapToLong(List::size).sum())
                        .isEqualTo(requests.stream().filter(r -> r.answeredAt().isPresent()).count());
            }
        });
    }

    @Test
    void the_delegations_roadmaps_of_a_cohort_are_read_whole_together_and_read_only() {
        database.read(em -> {
            for (var cohort : cohorts(em)) {
                var repository = new JpaRoadmapRepository(em);
                var ids = List.copyOf(repository.delegationRoadmapRevisions(cohort).keySet());
                var ofDelegations = em.createQuery("select r.id from Roadmap r where r.cohort = ?1 and r.delegation is not null order by r.id",
                        Long.class).setParameter(1, cohort).getResultList();
                assertThat(ids).isEqualTo(ofDelegations);
                var roadmaps = repository.wholeDelegationRoadmapsToRead(ids);
                assertThat(roadmaps).extracting(r -> r.id()).containsExactlyElementsOf(ids);
                assertThat(roadmaps).allSatisfy(r -> assertThat(r.progress().activities()).isPositive());
                // read-only: nothing was registered for change
                assertThat(roadmaps).noneMatch(em::contains);
            }
        });
    }

    @Test
    void every_cohorts_id_is_listed_in_order_for_the_figures_warm_up() {
        database.read(em -> assertThat(new JpaCohortRepository(em).ids())
                .isEqualTo(cohorts(em).stream().map(Cohort::id).toList()).isNotEmpty());
    }

    private static List<Cohort> cohorts(EntityManager em) {
        return em.createQuery("select c from Cohort c order by c.id", Cohort.class).getResultList();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) { return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add); }
}
