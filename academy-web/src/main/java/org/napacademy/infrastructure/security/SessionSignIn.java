package org.napacademy.infrastructure.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.napacademy.application.security.Actor;

/**
 * A person's signed-in state in the HTTP session: only the account id is kept, so a deactivated account
 * loses access at its next request. The login view calls {@link #begin} after a successful sign-in.
 */
public final class SessionSignIn {
    static final String USER_ID = "academy.userId";

    private SessionSignIn() { }

    /** Records the sign-in in the (already renewed) session and makes it the actor of this request too. */
    public static void begin(HttpSession session, Actor actor) {
        session.setAttribute(USER_ID, actor.userId());
        ActorHolder.set(actor);
    }

    static Optional<Long> userId(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(USER_ID)).map(id -> (Long) id);
    }
}
