package org.napacademy.interfaces.ui.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.napacademy.application.security.AccessPolicy;

/**
 * Sends anyone not signed in to the login view, remembering where they were going. It only decides what
 * to show: every service still asks the access policy itself.
 */
public class SignInGuard {
    static final String REQUESTED_LOCATION = "academy.requestedLocation";

    @Inject AccessPolicy access;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent entering) {
        if (entering.getNavigationTarget() == LoginView.class || access.actor().isSignedIn()) return;
        VaadinSession.getCurrent().setAttribute(REQUESTED_LOCATION, entering.getLocation().getPathWithQueryParameters());
        entering.forwardTo(LoginView.class);
    }
}
