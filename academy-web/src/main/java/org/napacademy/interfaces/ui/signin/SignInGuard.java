package org.napacademy.interfaces.ui.signin;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.infrastructure.security.SessionSignIn;
import org.napacademy.interfaces.ui.verify.VerifyView;

/**
 * Sends anyone not signed in to the login view, remembering where they were going. It only decides what
 * to show: every service still asks the access policy itself. Two views are open to all: the login view and,
 * on purpose, the public verification of a certificate's code ({@link VerifyView}), which third parties
 * without an account open from the address printed on the certificate.
 */
@Dependent
public class SignInGuard {
    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());
    static final String REQUESTED_LOCATION = "academy.requestedLocation";

    @Inject AccessPolicy access;

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
        // Vaadin closes a session left idle (closeIdleSessions): the sign-in ends with it
        if (!event.getSource().getDeploymentConfiguration().isCloseIdleSessions())
            LOG.warning("closeIdleSessions is off: Vaadin's heartbeat keeps the sessions of open tabs alive for ever");
        event.getSource().addSessionDestroyListener(destroyed -> {
            if (destroyed.getSession().getSession() instanceof WrappedHttpSession http) SessionSignIn.end(http.getHttpSession());
        });
    }

    private void check(BeforeEnterEvent entering) {
        var target = entering.getNavigationTarget();
        if (target == LoginView.class || target == VerifyView.class || access.actor().isSignedIn()) return;
        VaadinSession.getCurrent().setAttribute(REQUESTED_LOCATION, entering.getLocation().getPathWithQueryParameters());
        entering.forwardTo(LoginView.class);
    }
}
