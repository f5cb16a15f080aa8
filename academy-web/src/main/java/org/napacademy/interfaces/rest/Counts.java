package org.napacademy.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts keyed by an enum as a JSON object listing every constant in declaration order, zeros included. */
final class Counts {
    private Counts() {
    }

    static <E extends Enum<E>> Map<String, Long> of(Class<E> type, Map<E, Long> counts) {
        var json = new LinkedHashMap<String, Long>();
        for (var constant : type.getEnumConstants()) json.put(constant.name(), counts.getOrDefault(constant, 0L));
        return json;
    }
}
