package org.napacademy.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.napacademy.application.security.Actor;
import org.napacademy.application.security.Authenticator;
import org.napacademy.infrastructure.persistence.DatabaseOutage;

/**
 * Establishes who is acting for every request of the application. The REST API takes HTTP Basic
 * credentials or a personal API token ({@code Authorization: Bearer nap_...}), or the browser's signed-in
 * session for reads (the UI's download links); anything else under {@code /api} is answered 401 before it
 * reaches a resource. Vaadin requests carry the session; the views' route guard sends anonymous visitors
 * to the login view. Mapped in web.xml, after the security headers.
 *
 * <p>One exception, on purpose: {@code GET /api/v1/certificates/{code}} answers without credentials, since
 * a certificate's printed code is for third parties (an employer, a ministry) who have no account. That
 * operation reveals only what the certificate itself shows; every other request still needs a sign-in.
 */
public class AuthenticationFilter extends HttpFilter {
    static final String REALM = "WPS NAP Academy";
    /** A code is letters, digits, hyphens; nothing below it, no query tricks reach another resource. */
    private static final Pattern PUBLIC_VERIFICATION = Pattern.compile("/api/v1/certificates/[A-Za-z0-9-]{1,40}");

    @Inject Authenticator authenticator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            Optional<Actor> actor;
            try {
                actor = isApi(request) ? apiActor(request, response) : sessionActor(request);
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.isCause(failure)) throw failure;
                // signing in reads the user: without the database, the client should retry, not see an error page
                response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
                ProblemWriter.write(response, 503, "Service Unavailable", DatabaseOutage.TYPE, DatabaseOutage.DETAIL);
                return;
            }
            if (actor.isEmpty()) return;
            ActorHolder.set(actor.get());
            chain.doFilter(request, response);
        } finally {
            ActorHolder.clear();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Empty when the request was refused (the answer is written). */
    private Optional<Actor> apiActor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            var credentials = decodeBasic(authorization.substring(6).trim());
            if (credentials == null) return refuse(response, "The Authorization header is not valid HTTP Basic");
            var outcome = authenticator.signIn(credentials[0], credentials[1].toCharArray());
            if (outcome instanceof Authenticator.Outcome.SignedIn signedIn) return Optional.of(signedIn.actor());
            if (outcome instanceof Authenticator.Outcome.Locked locked)
                return refuse(response, "Too many failed sign-ins: this account is locked until " + locked.until());
            return refuse(response, "Wrong username or password");
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var holder = authenticator.tokenHolder(authorization.substring(7).trim());
            return holder.isPresent() ? holder : refuse(response, "The API token is unknown, revoked or expired");
        }
        if (authorization != null) return refuse(response, "Use HTTP Basic or a personal API token");
        if (isSafe(request)) {
            var fromSession = sessionActor(request);
            if (fromSession.get().isSignedIn() || isPublic(request)) return fromSession;
        }
        return refuse(response, "Sign in: send HTTP Basic credentials or a personal API token");
    }

    /** The public verification of a certificate: GET of exactly one code under /api/v1/certificates/. */
    private static boolean isPublic(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && PUBLIC_VERIFICATION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    private Optional<Actor> sessionActor(HttpServletRequest request) {
        return Optional.of(SessionSignIn.userId(request.getSession(false))
                .flatMap(authenticator::actorOf)
                .orElse(Actor.ANONYMOUS));
    }

    private static boolean isSafe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static String[] decodeBasic(String encoded) {
        try {
            var decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            var colon = decoded.indexOf(':');
            return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Optional<Actor> refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemWriter.write(response, 401, "Unauthorized", "unauthorized", detail);
        return Optional.empty();
    }
}
