package org.napacademy.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.Pillar;

/** Snapshots of audited state compare by value, whatever scale or order the entity happened to hold. */
class AuditStateTest {

    @Test
    void values_become_simple_and_comparable() {
        var state = AuditState.of().with("amount", new BigDecimal("10.0000")).with("count", 3).with("pillar", Pillar.PREVENTION)
                .with("day", LocalDate.of(2025, 6, 24)).with("note", Optional.empty()).with("roles", new LinkedHashSet<>(List.of("TRAINER", "ADMIN")))
                .with("lines", List.of("b", "a"));

        assertThat(state.values()).containsExactly(
                Map.entry("amount", new BigDecimal("10")), Map.entry("count", 3L),
                Map.entry("pillar", "PREVENTION"), Map.entry("day", "2025-06-24"),
                new AbstractMap.SimpleEntry<>("note", null), Map.entry("roles", List.of("ADMIN", "TRAINER")),
                Map.entry("lines", List.of("b", "a")));
        assertThat(AuditState.of().with("amount", new BigDecimal("1E+1")).values())
                .isEqualTo(AuditState.of().with("amount", BigDecimal.TEN).values());
    }

    @Test
    void a_concealed_field_is_compared_but_never_visible() {
        var state = AuditState.of().with("username", "ana").concealed("password", "secret-hash");

        assertThat(state.isConcealed("password")).isTrue();
        assertThat(state.visibleValues()).containsOnlyKeys("username");
        assertThat(state.values()).containsKeys("username", "password");
        assertThat(state.isConcealed("username")).isFalse();
    }
}
