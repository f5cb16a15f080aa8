package org.napacademy.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListOrderTest {
    private static final List<String> OFFERED = List.of("name", "start");

    @Test
    void a_name_sorts_ascending_a_leading_minus_descending_and_nothing_gives_the_fallback() {
        assertThat(ListOrder.parse("name", OFFERED, ListOrder.descending("start"))).isEqualTo(ListOrder.ascending("name"));
        assertThat(ListOrder.parse("-start", OFFERED, ListOrder.ascending("name"))).isEqualTo(ListOrder.descending("start"));
        assertThat(ListOrder.parse(" ", OFFERED, ListOrder.descending("start"))).hasToString("-start");
    }

    @Test
    void a_property_the_list_does_not_offer_is_refused_naming_those_it_does() {
        assertThatThrownBy(() -> ListOrder.parse("password", OFFERED, ListOrder.ascending("name")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name, start");
    }

    @Test
    void typed_wildcards_are_searched_for_as_themselves() {
        assertThat(TextSearch.containing("  50%_Mujer ")).contains("%50\\\\%\\\\_mujer%".replace("\\\\", "\\"));
        assertThat(TextSearch.containing(" ")).isEmpty();
    }
}
