package org.napacademy.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Graceful shutdown: when the application is taken down (SIGTERM), requests already running finish
 * (for up to {@value #DRAIN_SECONDS} s) before the container goes on; requests arriving meanwhile get
 * 503 with Connection: close, so no request is cut off half-way (CrashIT).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InFlightRequests extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(InFlightRequests.class.getName());
    private static final int DRAIN_SECONDS = 30;

    private final Object lock = new Object();
    private int running;
    private boolean draining;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        synchronized (lock) {
            if (draining) {
                response.setHeader("Connection", "close");
                response.setHeader("Retry-After", "10");
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            running++;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            synchronized (lock) {
                running--;
                lock.notifyAll();
            }
        }
    }

    @Override
    public void destroy() {
        var deadline = System.nanoTime() + DRAIN_SECONDS * 1_000_000_000L;
        synchronized (lock) {
            draining = true;
            while (running > 0 && System.nanoTime() < deadline) {
                try {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            var left = running;
            LOG.info(() -> left == 0 ? "Every request in flight finished before shutdown"
                    : left + " requests still running after " + DRAIN_SECONDS + " s of shutdown");
        }
        super.destroy();
    }
}
