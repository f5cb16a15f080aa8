package org.napacademy.domain.model.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

class CohortTest {

    private final Cohort cohort = TestData.cohort(TestData.programme());

    @Test
    void a_cohort_is_planned_then_in_session_then_accompanied_then_closed() {
        assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
        cohort.startSessions();
        cohort.startAccompaniment();
        cohort.close();
        assertThat(cohort.isClosed()).isTrue();
    }

    @Test
    void a_cohort_cannot_skip_its_sessions() {
        assertThatThrownBy(cohort::startAccompaniment).isInstanceOf(CohortRuleViolation.class);
    }

    @Test
    void a_closed_cohort_never_reopens() {
        cohort.close();
        assertThatThrownBy(cohort::startSessions).isInstanceOf(CohortRuleViolation.class);
        assertThat(CohortStatus.CLOSED.mayBecome(CohortStatus.PLANNED)).isFalse();
    }

    @Test
    void dates_and_venue_change_only_while_planned() {
        cohort.reschedule(TestData.range("2025-06-23", "2025-06-26"));
        cohort.startSessions();
        assertThatThrownBy(() -> cohort.reschedule(TestData.range("2025-06-24", "2025-06-27"))).isInstanceOf(CohortRuleViolation.class);
        assertThatThrownBy(() -> cohort.relocate(new Venue("Hotel", "Panama City", "PA", "America/Panama"))).isInstanceOf(CohortRuleViolation.class);
    }

    @Test
    void a_venue_needs_a_real_time_zone_and_country_code() {
        assertThatThrownBy(() -> new Venue("Hotel", "Port of Spain", "TT", "Caribbean/Trinidad")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Venue("Hotel", "Port of Spain", "TTO", "America/Port_of_Spain")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sponsors_and_trainers_join_a_cohort_once() {
        var sponsor = new Sponsor("UN Women", "https://www.unwomen.org");
        cohort.addSponsor(sponsor);
        cohort.addSponsor(sponsor);
        cohort.assignTrainer("trainer.ana");
        cohort.assignTrainer("trainer.ana");
        assertThat(cohort.sponsors()).containsExactly(sponsor);
        assertThat(cohort.trainers()).containsExactly("trainer.ana");
        assertThatThrownBy(() -> new Sponsor("X", "not a url")).isInstanceOf(IllegalArgumentException.class);
    }
}
