package org.napacademy.application.security;

/** The {@link AccessPolicy} refused an action; the REST layer answers 403, the UI its "not allowed" page. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) { super(message); }
}
