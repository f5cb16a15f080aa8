package org.napacademy.interfaces.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query string values read by hand, so a bad one is a 400 problem naming the values allowed (JAX-RS answers a
 * query parameter it cannot convert with a bare 404).
 */
final class QueryValues {

    private QueryValues() { }

    /** The constant named {@code value} (any case), or null when none was given. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", not " + value, e);
        }
    }
}
