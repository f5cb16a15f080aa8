package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_one_whatever_the_order() {
        assertThat(Durations.median(List.of(Duration.ofHours(50), Duration.ofHours(2), Duration.ofHours(7)))).contains(Duration.ofHours(7));
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_ones() {
        assertThat(Durations.median(List.of(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(10), Duration.ofDays(30))))
                .contains(Duration.ofHours(7));
    }

    @Test
    void one_answer_is_its_own_median_and_none_has_no_median() {
        assertThat(Durations.median(List.of(Duration.ofMinutes(90)))).contains(Duration.ofMinutes(90));
        assertThat(Durations.median(List.of())).isEmpty();
    }
}
