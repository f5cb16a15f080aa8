package org.napacademy.infrastructure.outcomes;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.CohortRoadmapFigures;

/**
 * Computes every cohort's roadmap figures shortly after the application starts, one cohort per transaction, so the first
 * sponsor to open the dashboard after a restart does not wait for all of a programme's roadmaps to be read whole.
 * {@code academy.outcomes.warm-up-delay} (seconds, default 10) leaves the start to the requests that come first; a
 * negative value turns it off. Each instance of a cluster warms its own figures.
 */
@Startup
@Singleton
public class RoadmapFiguresWarmUp {
    private static final Logger LOG = Logger.getLogger(RoadmapFiguresWarmUp.class.getName());

    @Resource TimerService timers;
    @Inject CohortRoadmapFigures figures;
    @Inject @ConfigProperty(name = "academy.outcomes.warm-up-delay", defaultValue = "10") long delaySeconds;

    @PostConstruct
    void schedule() {
        if (delaySeconds >= 0) timers.createSingleActionTimer(delaySeconds * 1000, new TimerConfig("roadmap figures warm-up", false));
    }

    /** Outside a transaction: each cohort is computed in its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void warmUp() {
        long started = System.nanoTime();
        try {
            int roadmaps = 0;
            var cohorts = figures.cohortIds();
            for (var cohort : cohorts) roadmaps += figures.computeFor(cohort);
            var total = roadmaps;
            LOG.info(() -> String.format("Roadmap figures of %d roadmaps in %d cohorts computed in %.1f s", total, cohorts.size(),
                    (System.nanoTime() - started) / 1e9));
        } catch (RuntimeException e) {
            // the dashboard computes whatever is missing when it is asked
            LOG.log(Level.WARNING, "The roadmap figures warm-up stopped", e);
        }
    }
}
