package org.napacademy.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueObjectTest {

    @Test
    void a_date_range_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> range("2025-06-26", "2025-06-24")).isInstanceOf(IllegalArgumentException.class);
        assertThat(range("2025-06-24", "2025-06-24").days()).isEqualTo(1);
    }

    @Test
    void a_date_range_contains_its_own_ends_and_ranges_inside_it() {
        var june = range("2025-06-01", "2025-06-30");
        assertThat(june.contains(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(june.contains(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(june.contains(range("2025-06-24", "2025-06-26"))).isTrue();
        assertThat(june.contains(range("2025-06-24", "2025-07-01"))).isFalse();
    }

    @Test
    void ranges_overlap_when_they_share_a_day() {
        var june = range("2025-06-01", "2025-06-30");
        assertThat(june.overlaps(range("2025-06-30", "2025-07-31"))).isTrue();
        assertThat(june.overlaps(range("2025-07-01", "2025-07-31"))).isFalse();
        assertThat(june).isEqualTo(range("2025-06-01", "2025-06-30")).hasSameHashCodeAs(range("2025-06-01", "2025-06-30"));
    }

    @Test
    void localized_text_falls_back_to_english() {
        var text = new LocalizedText("Gender budgeting", "Presupuestos de género", null, "");
        assertThat(text.in(Locale.forLanguageTag("es-PA"))).isEqualTo("Presupuestos de género");
        assertThat(text.in(Locale.forLanguageTag("pt-BR"))).isEqualTo("Gender budgeting");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Gender budgeting");
        assertThatThrownBy(() -> new LocalizedText(" ", "es", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void money_is_never_negative_and_uses_iso_currency_codes() {
        assertThatThrownBy(() -> Money.of("-1", "USD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.of("10.5", "USD").plus(Money.of("0.50", "USD"))).isEqualTo(Money.of("11", "USD"));
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }
}
