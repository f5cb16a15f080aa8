package org.napacademy.infrastructure.security;

import org.napacademy.application.security.Actor;

/**
 * The actor of the request the current thread serves. {@link AuthenticationFilter} sets it for every
 * request of the application (anonymous when nobody signed in) and clears it afterwards; a thread outside
 * any request (startup, demo load) has none and acts as the system.
 */
final class ActorHolder {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private ActorHolder() { }

    static Actor current() {
        var actor = CURRENT.get();
        return actor == null ? Actor.SYSTEM : actor;
    }

    static void set(Actor actor) { CURRENT.set(actor); }

    static void clear() { CURRENT.remove(); }
}
