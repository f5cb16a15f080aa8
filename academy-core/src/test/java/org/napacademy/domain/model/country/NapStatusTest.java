package org.napacademy.domain.model.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;

class NapStatusTest {

    private final Country country = TestData.costaRica();

    @Test
    void a_country_without_events_has_no_nap() {
        assertThat(country.napStatus()).isEqualTo(NapStatus.NONE);
        assertThat(country.hasAdoptedNap()).isFalse();
    }

    @Test
    void the_status_is_the_latest_step_of_the_latest_generation() {
        country.recordNapEvent(NapEventType.ADOPTED, 1, null, 2012, 2012, 2016, null, "PeaceWomen");
        country.recordNapEvent(NapEventType.DRAFTING, 1, null, 2011, null, null, null, null);
        assertThat(country.napStatus()).isEqualTo(NapStatus.ADOPTED);
        country.recordNapEvent(NapEventType.EXPIRED, 1, LocalDate.of(2016, 12, 31), null, null, null, null, null);
        assertThat(country.napStatus()).isEqualTo(NapStatus.EXPIRED);
        country.recordNapEvent(NapEventType.DRAFTING, 2, null, null, null, null, "second plan under way", null);
        assertThat(country.napStatus()).isEqualTo(NapStatus.DRAFTING);
        assertThat(country.hasAdoptedNap()).isTrue();
        assertThat(country.napHistory()).extracting(NapEvent::type).containsExactly(
                NapEventType.DRAFTING, NapEventType.ADOPTED, NapEventType.EXPIRED, NapEventType.DRAFTING);
    }

    @Test
    void an_adoption_whose_year_is_unknown_keeps_neither_date_nor_year() {
        var adoption = country.recordNapEvent(NapEventType.ADOPTED, 1, null, null, null, null, "year to confirm", null);
        assertThat(adoption.date()).isEmpty();
        assertThat(adoption.year()).isEmpty();
        assertThat(country.napStatus()).isEqualTo(NapStatus.ADOPTED);
    }

    @Test
    void a_dated_event_knows_its_year_and_a_contradicting_year_is_refused() {
        assertThat(country.recordNapEvent(NapEventType.VALIDATION, 1, LocalDate.of(2024, 3, 8), null, null, null, null, null).year()).contains(2024);
        assertThatThrownBy(() -> country.recordNapEvent(NapEventType.ADOPTED, 1, LocalDate.of(2024, 3, 8), 2023, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> country.recordNapEvent(NapEventType.ADOPTED, 1, null, 2024, 2026, 2024, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_status_on_a_day_counts_dated_events_from_their_date_and_year_only_events_from_the_next_year() {
        country.recordNapEvent(NapEventType.DRAFTING, 1, LocalDate.of(2024, 3, 1), null, null, null, null, null);
        country.recordNapEvent(NapEventType.VALIDATION, 1, null, 2024, null, null, null, null);
        assertThat(country.napStatusOn(LocalDate.of(2024, 2, 29))).isEqualTo(NapStatus.NONE);
        assertThat(country.napStatusOn(LocalDate.of(2024, 3, 1))).isEqualTo(NapStatus.DRAFTING);
        assertThat(country.napStatusOn(LocalDate.of(2024, 12, 31))).as("a 2024 validation may fall later in 2024").isEqualTo(NapStatus.DRAFTING);
        assertThat(country.napStatusOn(LocalDate.of(2025, 1, 1))).isEqualTo(NapStatus.VALIDATION);
    }

    @Test
    void an_undated_adoption_counts_now_but_on_no_earlier_day() {
        country.recordNapEvent(NapEventType.DRAFTING, 1, LocalDate.of(2023, 5, 1), null, null, null, null, null);
        country.recordNapEvent(NapEventType.ADOPTED, 1, null, null, null, null, "year to confirm", null);
        assertThat(country.napStatusOn(LocalDate.of(2024, 5, 13))).isEqualTo(NapStatus.DRAFTING);
        assertThat(country.napStatus()).isEqualTo(NapStatus.ADOPTED);
    }
}
