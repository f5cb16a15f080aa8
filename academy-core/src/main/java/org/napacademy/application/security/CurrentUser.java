package org.napacademy.application.security;

/**
 * The actor of the current request. The web layer implements it from the HTTP request (session, Basic or
 * token); outside a request it is {@link Actor#SYSTEM}; inside one nobody signed into, {@link Actor#ANONYMOUS}.
 */
public interface CurrentUser {

    Actor actor();
}
