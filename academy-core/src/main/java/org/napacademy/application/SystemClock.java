package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock the use cases stamp reviews, answers and submissions with; tests replace it. */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() { return Clock.systemUTC(); }
}
