package org.napacademy.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.napacademy.application.security.Actor;
import org.napacademy.application.security.CurrentUser;

/** The actor {@link AuthenticationFilter} established for the request being served. */
@ApplicationScoped
public class RequestActor implements CurrentUser {

    @Override public Actor actor() { return ActorHolder.current(); }
}
