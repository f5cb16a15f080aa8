package org.napacademy.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.application.security.SecurityFixtures.NOW;
import static org.napacademy.application.security.SecurityFixtures.account;
import static org.napacademy.application.security.SecurityFixtures.clockAt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.Fakes;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.domain.model.user.ApiTokenRepository;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

class AuthenticatorTest {
    private final UserAccount delegate = account(7, "delegate.gy", Role.DELEGATE);
    private final List<ApiToken> tokens = new ArrayList<>();
    private final List<Instant> recordedUses = new ArrayList<>();
    private final Authenticator authenticator = new Authenticator();

    @BeforeEach
    void wire() {
        authenticator.accounts = Fakes.of(UserAccountRepository.class, Map.of(
                "byUsername", args -> delegate.username().equals(args[0]) ? Optional.of(delegate) : Optional.empty()));
        authenticator.tokens = Fakes.of(ApiTokenRepository.class, Map.of(
                "byHash", args -> tokens.stream().filter(t -> t.tokenHash().equals(args[0])).findFirst(),
                "recordUse", args -> recordedUses.add((Instant) args[1])));
        authenticator.passwords = (password, hash) -> hash.equals("hash:" + new String(password));
        authenticator.allowedFailures = 3;
        authenticator.lockMinutes = 15;
        at(NOW);
    }

    private void at(Instant now) { authenticator.clock = clockAt(now); }

    @Test
    void the_right_password_signs_in_as_the_account() {
        var outcome = authenticator.signIn("delegate.gy", "demo".toCharArray());

        assertThat(outcome).isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class,
                signedIn -> assertThat(signedIn.actor().username()).isEqualTo("delegate.gy"));
    }

    @Test
    void the_allowed_failures_lock_the_account_and_then_even_the_right_password_is_refused() {
        assertThat(authenticator.signIn("delegate.gy", "wrong".toCharArray())).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(authenticator.signIn("delegate.gy", "wrong".toCharArray())).isInstanceOf(Authenticator.Outcome.Refused.class);

        assertThat(authenticator.signIn("delegate.gy", "wrong".toCharArray())).isInstanceOf(Authenticator.Outcome.Locked.class);
        var whileLocked = authenticator.signIn("delegate.gy", "demo".toCharArray());

        assertThat(whileLocked).isInstanceOfSatisfying(Authenticator.Outcome.Locked.class,
                locked -> assertThat(locked.until()).isEqualTo(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void the_lock_ends_after_its_minutes_and_a_success_clears_the_count() {
        for (int i = 0; i < 3; i++) authenticator.signIn("delegate.gy", "wrong".toCharArray());

        at(NOW.plus(Duration.ofMinutes(15)));

        assertThat(authenticator.signIn("delegate.gy", "demo".toCharArray())).isInstanceOf(Authenticator.Outcome.SignedIn.class);
        assertThat(delegate.failedSignIns()).isZero();
        assertThat(delegate.lockedUntil()).isEmpty();
    }

    @Test
    void an_unknown_or_inactive_user_is_refused_without_telling_which() {
        assertThat(authenticator.signIn("nobody", "demo".toCharArray())).isInstanceOf(Authenticator.Outcome.Refused.class);
        delegate.deactivate();
        assertThat(authenticator.signIn("delegate.gy", "demo".toCharArray())).isInstanceOf(Authenticator.Outcome.Refused.class);
    }

    @Test
    void a_valid_token_acts_as_its_owner_and_records_its_use() {
        var secret = token(null);

        assertThat(authenticator.tokenHolder(secret)).map(Actor::username).contains("delegate.gy");
        assertThat(recordedUses).containsExactly(NOW);
    }

    @Test
    void a_use_is_recorded_at_most_once_a_minute() {
        var secret = token(null);
        SecurityFixtures.lastUsed(tokens.get(0), NOW.minusSeconds(30));

        assertThat(authenticator.tokenHolder(secret)).isPresent();

        assertThat(recordedUses).isEmpty();
    }

    @Test
    void an_expired_token_is_refused() {
        var secret = token(NOW.plusSeconds(60));
        at(NOW.plusSeconds(60));

        assertThat(authenticator.tokenHolder(secret)).isEmpty();
    }

    @Test
    void a_revoked_token_is_refused() {
        var secret = token(null);
        tokens.get(0).revoke(NOW);

        assertThat(authenticator.tokenHolder(secret)).isEmpty();
    }

    @Test
    void a_token_of_a_deactivated_user_is_refused() {
        var secret = token(null);
        delegate.deactivate();

        assertThat(authenticator.tokenHolder(secret)).isEmpty();
    }

    @Test
    void an_unknown_or_foreign_secret_is_refused() {
        token(null);

        assertThat(authenticator.tokenHolder(TokenSecrets.newSecret())).isEmpty();
        assertThat(authenticator.tokenHolder("ghp_somebodyelses")).isEmpty();
        assertThat(authenticator.tokenHolder(null)).isEmpty();
    }

    private String token(Instant expiresAt) {
        var secret = TokenSecrets.newSecret();
        tokens.add(new ApiToken(delegate, "script", TokenSecrets.hash(secret), NOW.minus(Duration.ofDays(1)), expiresAt));
        return secret;
    }
}
