package org.napacademy.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.napacademy.domain.model.roadmap.Roadmap;

/**
 * Decides every read and write (DESIGN section 4). Application services ask it before they act, so the
 * REST API and the Vaadin views, which both call the services, obey the same rules.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject CurrentUser currentUser;

    protected AccessPolicy() { }

    /** For tests and for code that builds the policy by hand. */
    public AccessPolicy(CurrentUser currentUser) { this.currentUser = currentUser; }

    public Actor actor() { return currentUser.actor(); }

    public void requireSignedIn() {
        if (!actor().isSignedIn()) throw new AccessDenied("Sign in first");
    }

    /** Users, roles and programmes are the administrator's. */
    public void requireAdministrator() {
        requireSignedIn();
        if (!actor().isAdmin()) throw new AccessDenied("Only an administrator may do this");
    }

    /** Reading a roadmap and everything in it (nodes, indicators, measurements, its history). */
    public void requireReadable(Roadmap roadmap) {
        requireSignedIn();
    }

    /** Changing a roadmap's content. */
    public void requireEditable(Roadmap roadmap) {
        requireSignedIn();
    }
}
