package org.napacademy.application;

import java.util.OptionalDouble;

/**
 * How well one delegation attended its cohort so far: PRESENT marks over its participants times the sessions
 * whose attendance has been taken. {@code countryCode} is ISO alpha-2.
 */
public record AttendanceRate(long delegationId, String countryCode, long participants, long sessionsTaken, long present) {

    /** Empty until attendance has been taken for a session and the delegation has participants. */
    public OptionalDouble rate() {
        var possible = participants * sessionsTaken;
        return possible == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(1.0, (double) present / possible));
    }
}
