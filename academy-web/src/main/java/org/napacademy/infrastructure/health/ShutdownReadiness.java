package org.napacademy.infrastructure.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN from the moment the JVM is asked to stop (SIGTERM): Payara keeps serving through its shutdown grace period
 * (fish.payara.shutdowngrace) so requests under way complete, while a load balancer watching readiness sends no
 * new ones.
 */
@Readiness
@ApplicationScoped
public class ShutdownReadiness implements HealthCheck {
    private volatile boolean stopping;
    private boolean registered;
    private final Thread hook = new Thread(() -> stopping = true, "academy-readiness-down");

    synchronized void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (registered) return;
        Runtime.getRuntime().addShutdownHook(hook);
        registered = true;
    }

    /** Undeployed without the JVM stopping (tests, redeploys): the hook must not outlive the application. */
    @PreDestroy
    synchronized void unregister() {
        if (!registered) return;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyStopping) {
            // the JVM is shutting down: hooks can no longer be removed, nor need to be
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("shutdown").status(!stopping).withData("state", stopping ? "stopping" : "serving").build();
    }
}
