package org.napacademy.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NulCharacterFilterTest {

    private static boolean hasNul(String json) {
        return NulCharacterFilter.hasNul(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_nul_escaped_in_json_text_or_sent_raw_is_found() {
        assertThat(hasNul("{\"title\": \"a\\u0000b\"}")).isTrue();
        assertThat(hasNul("{\"title\": \"a\u0000b\"}")).isTrue();
        assertThat(hasNul("{\"title\": \"\\\\\\u0000\"}")).as("an escaped backslash, then the NUL escape").isTrue();
    }

    @Test
    void other_escapes_and_an_escaped_backslash_before_u0000_are_not() {
        assertThat(hasNul("{\"title\": \"a\\u0001b \\\"quoted\\\" \\n\"}")).isFalse();
        assertThat(hasNul("{\"title\": \"C:\\\\u0000\"}")).as("a backslash and the text u0000").isFalse();
        assertThat(hasNul("{\"title\": \"u0000 \\u00e9\"}")).isFalse();
    }
}
