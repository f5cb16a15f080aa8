package org.napacademy.application;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** Statistics of durations that SQL cannot give portably. */
public final class Durations {
    private Durations() {
    }

    /** The middle duration, or the mean of the two middle ones for an even count; empty for none. */
    public static Optional<Duration> median(Collection<Duration> durations) {
        if (durations.isEmpty()) return Optional.empty();
        var sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) return Optional.of(sorted.get(middle));
        return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
