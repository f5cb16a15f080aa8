package org.napacademy.domain.model.roadmap;

import java.util.Collection;
import java.util.Optional;

/** How a result or activity is going. */
public enum ProgressStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, DONE, CANCELLED;

    /**
     * The status of a parent from its children's: any OFF_TRACK wins, then any AT_RISK; all DONE gives
     * DONE, all NOT_STARTED gives NOT_STARTED, any other mix ON_TRACK. CANCELLED children are ignored;
     * empty when nothing is left to roll up.
     */
    public static Optional<ProgressStatus> rollUp(Collection<ProgressStatus> children) {
        var active = children.stream().filter(s -> s != CANCELLED).toList();
        if (active.isEmpty()) return Optional.empty();
        if (active.contains(OFF_TRACK)) return Optional.of(OFF_TRACK);
        if (active.contains(AT_RISK)) return Optional.of(AT_RISK);
        if (active.stream().allMatch(DONE::equals)) return Optional.of(DONE);
        if (active.stream().allMatch(NOT_STARTED::equals)) return Optional.of(NOT_STARTED);
        return Optional.of(ON_TRACK);
    }
}
