package org.napacademy.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.napacademy.application.PasswordVerifier;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/**
 * Checks who someone is: a username and password (the login view, HTTP Basic) or an account id kept in a
 * signed-in session. Failed sign-ins are counted on the account and lock it for a while; every failure
 * is logged, never the password.
 */
@ApplicationScoped
@Transactional
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @Inject UserAccountRepository accounts;
    @Inject PasswordVerifier passwords;
    @Inject Clock clock;

    @Inject @ConfigProperty(name = "academy.sign-in.allowed-failures", defaultValue = "5")
    int allowedFailures;

    @Inject @ConfigProperty(name = "academy.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
        record SignedIn(Actor actor) implements Outcome { }
        record Refused() implements Outcome { }
        record Locked(java.time.Instant until) implements Outcome { }
    }

    public Outcome signIn(String username, char[] password) {
        var account = accounts.byUsername(username == null ? "" : username.trim()).orElse(null);
        if (account == null || !account.isActive()) {
            LOG.warning(() -> "Sign-in refused for unknown or inactive user " + printable(username));
            return new Outcome.Refused();
        }
        var now = clock.instant();
        if (account.isLockedAt(now)) {
            LOG.warning(() -> "Sign-in refused for locked user " + account.username());
            return new Outcome.Locked(account.lockedUntil().orElseThrow());
        }
        if (!passwords.matches(password, account.passwordHash())) {
            var rules = rules();
            if (account.recordFailedSignIn(now, rules.allowedFailures(), rules.lock())) {
                LOG.warning(() -> "User " + account.username() + " locked until " + account.lockedUntil().orElseThrow()
                        + " after " + rules.allowedFailures() + " failed sign-ins");
                return new Outcome.Locked(account.lockedUntil().orElseThrow());
            }
            LOG.warning(() -> "Failed sign-in for user " + account.username() + " (" + account.failedSignIns() + " in a row)");
            return new Outcome.Refused();
        }
        if (account.failedSignIns() > 0 || account.lockedUntil().isPresent()) account.recordSuccessfulSignIn();
        return new Outcome.SignedIn(Actor.of(account));
    }

    /** The actor of a session signed in earlier; empty once the account is gone or deactivated. */
    public Optional<Actor> actorOf(long userId) {
        return accounts.find(userId).filter(UserAccount::isActive).map(Actor::of);
    }

    SignInRules rules() { return new SignInRules(allowedFailures, Duration.ofMinutes(lockMinutes)); }

    /** Usernames come from the outside: keep log lines to one line of plain characters. */
    private static String printable(String username) {
        if (username == null) return "(none)";
        var cut = username.length() > 100 ? username.substring(0, 100) : username;
        return cut.replaceAll("[^\\p{Graph} ]", "?");
    }
}
