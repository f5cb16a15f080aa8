package org.napacademy.infrastructure.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie and timeout, set from configuration before the application takes requests: the
 * cookie is HttpOnly and SameSite=Lax (Payara takes SameSite from glassfish-web.xml only; the Servlet 6
 * cookie attribute is ignored), Secure when {@code academy.cookies.secure} is true (behind HTTPS),
 * and a session ends after {@code academy.session.timeout-minutes} without requests. Vaadin's heartbeat
 * does not count: web.xml sets {@code closeIdleSessions}.
 */
@WebListener
public class SessionSettings implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SessionSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        var secure = config.getOptionalValue("academy.cookies.secure", Boolean.class).orElse(false);
        var minutes = config.getOptionalValue("academy.session.timeout-minutes", Integer.class).orElse(30);
        if (minutes < 1) throw new IllegalStateException("academy.session.timeout-minutes must be at least 1, not " + minutes);
        var context = event.getServletContext();
        var cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        context.setSessionTimeout(minutes);
        LOG.info(() -> "Sessions end after " + minutes + " idle minutes; session cookie HttpOnly, SameSite=Lax"
                + (secure ? ", Secure" : " (not Secure: set academy.cookies.secure=true behind HTTPS)"));
    }
}
