package org.napacademy.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.MentoringMode;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.ReadScope;

/**
 * The trainers' queue filters, sorts and pages in the database: two cohorts (one trained by "trainer"), four
 * requests of Ecuador and Bolivia in the first, one of Trinidad and Tobago in the second.
 */
class AssistanceQueueQueriesTest {
    private static final ReadScope TRAINER = new ReadScope(false, "trainer", null, Set.of());
    private static MigratedDatabase database;
    private static long budgeting;
    private static long ecuador;

    @BeforeAll
    static void two_cohorts_with_requests() {
        database = MigratedDatabase.withoutCache();
        database.inTransaction(em -> {
            var programme = persist(em, TestData.programme());
            var gender = persist(em, new Module(programme, "GB", new LocalizedText("Gender budgeting", null, null, null), 90, 1));
            budgeting = gender.id();
            var panama = cohort(em, TestData.cohort(programme), "trainer");
            var portOfSpain = cohort(em, TestData.cohort(programme), "another.trainer");
            var ec = persist(em, new Delegation(panama, em.find(Country.class, "EC")));
            ecuador = ec.id();
            var bo = persist(em, new Delegation(panama, em.find(Country.class, "BO")));
            var tt = persist(em, new Delegation(portOfSpain, em.find(Country.class, "TT")));
            request(em, ec, gender, "EC answered", Urgency.LOW, "2025-07-01T10:00:00Z").answer("Yes", "trainer", Instant.parse("2025-07-02T10:00:00Z"));
            request(em, ec, null, "EC open", Urgency.MEDIUM, "2025-07-03T10:00:00Z");
            var scheduled = request(em, bo, gender, "BO scheduled", Urgency.HIGH, "2025-07-02T10:00:00Z");
            scheduled.scheduleMentoring(new MentoringSlot(LocalDateTime.parse("2025-07-09T09:30"), MentoringMode.ONLINE, "https://meet.example.org/bo"));
            request(em, bo, null, "BO closed", Urgency.HIGH, "2025-06-30T10:00:00Z").close(Instant.parse("2025-07-05T10:00:00Z"));
            request(em, tt, gender, "TT open", Urgency.HIGH, "2025-06-29T10:00:00Z");
            return null;
        });
    }

    @AfterAll
    static void disconnect() { database.close(); }

    @Test
    void a_trainer_sees_the_requests_of_the_cohorts_they_train_open_ones_first_oldest_first() {
        assertThat(texts(TRAINER, AssistanceFilter.ALL, AssistanceOrder.OLDEST_OPEN_FIRST))
                .containsExactly("EC open", "EC answered", "BO scheduled", "BO closed");
    }

    @Test
    void the_queue_sorts_by_urgency_and_by_the_time_raised() {
        assertThat(texts(TRAINER, AssistanceFilter.ALL, AssistanceOrder.MOST_URGENT_FIRST))
                .containsExactly("BO closed", "BO scheduled", "EC open", "EC answered");
        assertThat(texts(TRAINER, AssistanceFilter.ALL, AssistanceOrder.LEAST_URGENT_FIRST))
                .containsExactly("EC answered", "EC open", "BO closed", "BO scheduled");
        assertThat(texts(TRAINER, AssistanceFilter.ALL, AssistanceOrder.NEWEST_FIRST))
                .containsExactly("EC open", "BO scheduled", "EC answered", "BO closed");
        assertThat(texts(TRAINER, AssistanceFilter.ALL, AssistanceOrder.OLDEST_FIRST))
                .containsExactly("BO closed", "EC answered", "BO scheduled", "EC open");
    }

    @Test
    void the_queue_filters_by_status_urgency_topic_and_country() {
        assertThat(texts(TRAINER, new AssistanceFilter(AssistanceStatus.SCHEDULED, null, null, null), AssistanceOrder.OLDEST_FIRST))
                .containsExactly("BO scheduled");
        assertThat(texts(TRAINER, new AssistanceFilter(null, Urgency.HIGH, null, null), AssistanceOrder.OLDEST_FIRST))
                .containsExactly("BO closed", "BO scheduled");
        assertThat(texts(TRAINER, new AssistanceFilter(null, null, budgeting, null), AssistanceOrder.OLDEST_FIRST))
                .containsExactly("EC answered", "BO scheduled");
        assertThat(texts(TRAINER, new AssistanceFilter(null, null, null, "EC"), AssistanceOrder.OLDEST_FIRST))
                .containsExactly("EC answered", "EC open");
        assertThat(texts(TRAINER, new AssistanceFilter(AssistanceStatus.OPEN, Urgency.HIGH, budgeting, "BO"), AssistanceOrder.OLDEST_FIRST))
                .isEmpty();
    }

    @Test
    void a_delegate_sees_their_delegation_an_administrator_everything_a_sponsor_nothing() {
        assertThat(texts(new ReadScope(false, null, ecuador, Set.of()), AssistanceFilter.ALL, AssistanceOrder.OLDEST_FIRST))
                .containsExactly("EC answered", "EC open");
        assertThat(texts(ReadScope.EVERYTHING, AssistanceFilter.ALL, AssistanceOrder.OLDEST_OPEN_FIRST))
                .containsExactly("TT open", "EC open", "EC answered", "BO scheduled", "BO closed");
        assertThat(texts(new ReadScope(false, null, null, Set.of(1L)), AssistanceFilter.ALL, AssistanceOrder.OLDEST_FIRST)).isEmpty();
    }

    @Test
    void a_page_of_the_queue_is_a_slice_of_the_whole_and_the_session_reads_back() {
        database.read(em -> {
            var repository = new JpaAssistanceRequestRepository(em);
            var page = repository.queue(TRAINER, AssistanceFilter.ALL, AssistanceOrder.OLDEST_OPEN_FIRST, 1, 2);
            assertThat(page).extracting(AssistanceRequest::text).containsExactly("EC answered", "BO scheduled");
            assertThat(page.get(1).mentoringSession()).contains(new MentoringSlot(LocalDateTime.parse("2025-07-09T09:30"),
                    MentoringMode.ONLINE, "https://meet.example.org/bo"));
            assertThat(page.get(0).mentoringSession()).isEmpty();
        });
    }

    private static List<String> texts(ReadScope scope, AssistanceFilter filter, AssistanceOrder order) {
        return database.inTransaction(em -> {
            var repository = new JpaAssistanceRequestRepository(em);
            var page = repository.queue(scope, filter, order, 0, 100);
            assertThat(repository.countQueue(scope, filter)).isEqualTo(page.size());
            return page.stream().map(AssistanceRequest::text).toList();
        });
    }

    private static Cohort cohort(EntityManager em, Cohort cohort, String trainer) {
        cohort.assignTrainer(trainer);
        return persist(em, cohort);
    }

    private static AssistanceRequest request(EntityManager em, Delegation delegation, Module topic, String text, Urgency urgency,
                                             String raisedAt) {
        return persist(em, new AssistanceRequest(delegation, topic, "delegate", text, urgency, Instant.parse(raisedAt)));
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
