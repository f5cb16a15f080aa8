package org.napacademy.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an import created: the new programme and the number of things of each kind, in document order. */
public record ImportedProgramme(long programmeId, String programmeName, Map<String, Integer> counts) {
    public ImportedProgramme {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
