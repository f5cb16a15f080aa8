package org.napacademy.application.security;

import java.time.Duration;

/**
 * How many consecutive failed sign-ins an account allows before it is locked, and for how long.
 * Read from configuration ({@code academy.sign-in.allowed-failures}, {@code academy.sign-in.lock-minutes}).
 */
public record SignInRules(int allowedFailures, Duration lock) {

    public SignInRules {
        if (allowedFailures < 1) throw new IllegalArgumentException("allowed failures must be at least 1");
        if (lock.isNegative() || lock.isZero()) throw new IllegalArgumentException("the lock must last");
    }
}
