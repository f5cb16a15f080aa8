package org.napacademy.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.application.security.SecurityFixtures.NOW;
import static org.napacademy.application.security.SecurityFixtures.account;
import static org.napacademy.application.security.SecurityFixtures.clockAt;
import static org.napacademy.application.security.SecurityFixtures.withId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.Fakes;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.domain.model.user.ApiTokenRepository;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

class ApiTokenServiceTest {
    private final UserAccount bolivia = account(11, "delegate.bo", Role.DELEGATE);
    private final UserAccount ecuador = account(12, "delegate.ec", Role.DELEGATE);
    private final List<ApiToken> stored = new ArrayList<>();
    private long nextId = 100;

    private ApiTokenService serviceFor(UserAccount user) {
        var tokens = Fakes.of(ApiTokenRepository.class, Map.of(
                "add", args -> stored.add(withId((ApiToken) args[0], nextId++)),
                "find", args -> stored.stream().filter(t -> t.id().equals(args[0])).findFirst(),
                "ownedBy", args -> stored.stream().filter(t -> t.isOwnedBy((Long) args[0])).toList()));
        var accounts = Fakes.of(UserAccountRepository.class, Map.of(
                "find", args -> Optional.of(user.id().equals(args[0]) ? user : ecuador)));
        return new ApiTokenService(tokens, accounts, new AccessPolicy(() -> Actor.of(user)), clockAt(NOW));
    }

    @Test
    void a_new_token_shows_its_secret_once_and_keeps_only_its_hash() {
        var created = serviceFor(bolivia).create(new NewApiToken("reporting script", 30));

        assertThat(created.secret()).startsWith("nap_").hasSize(4 + 43);
        assertThat(created.token().tokenHash()).isEqualTo(TokenSecrets.hash(created.secret())).doesNotContain(created.secret());
        assertThat(created.token().expiresAt()).contains(NOW.plus(Duration.ofDays(30)));
        assertThat(created.token().owner()).isSameAs(bolivia);
        assertThat(stored).containsExactly(created.token());
    }

    @Test
    void two_tokens_never_share_a_secret() {
        var service = serviceFor(bolivia);

        assertThat(service.create(new NewApiToken("a", null)).secret()).isNotEqualTo(service.create(new NewApiToken("b", null)).secret());
    }

    @Test
    void a_token_without_expiry_works_until_revoked() {
        var token = serviceFor(bolivia).create(new NewApiToken("cli", null)).token();

        assertThat(token.expiresAt()).isEmpty();
        assertThat(token.isUsableAt(NOW.plus(Duration.ofDays(10_000)))).isTrue();
    }

    @Test
    void an_expiry_outside_one_day_to_ten_years_is_refused() {
        assertThatThrownBy(() -> serviceFor(bolivia).create(new NewApiToken("cli", 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> serviceFor(bolivia).create(new NewApiToken("cli", 3651))).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_user_lists_only_their_own_tokens() {
        serviceFor(bolivia).create(new NewApiToken("bolivia's", null));
        serviceFor(ecuador).create(new NewApiToken("ecuador's", null));

        assertThat(serviceFor(bolivia).mine()).extracting(ApiToken::name).containsExactly("bolivia's");
    }

    @Test
    void revoking_stops_the_token_and_revoking_again_keeps_the_first_time() {
        var token = serviceFor(bolivia).create(new NewApiToken("cli", null)).token();

        serviceFor(bolivia).revoke(token.id());
        serviceFor(bolivia).revoke(token.id());

        assertThat(token.revokedAt()).contains(NOW);
        assertThat(token.isUsableAt(NOW)).isFalse();
    }

    @Test
    void another_users_token_is_not_found_and_stays_usable() {
        var ecuadors = serviceFor(ecuador).create(new NewApiToken("ecuador's", null)).token();

        assertThatThrownBy(() -> serviceFor(bolivia).revoke(ecuadors.id())).isInstanceOf(EntityNotFound.class);
        assertThatThrownBy(() -> serviceFor(bolivia).mine(ecuadors.id())).isInstanceOf(EntityNotFound.class);
        assertThat(ecuadors.isUsableAt(NOW)).isTrue();
    }

    @Test
    void nobody_signed_in_has_no_tokens() {
        var anonymous = new ApiTokenService(Fakes.of(ApiTokenRepository.class, Map.of()), Fakes.of(UserAccountRepository.class, Map.of()),
                new AccessPolicy(() -> Actor.ANONYMOUS), clockAt(NOW));

        assertThatThrownBy(anonymous::mine).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> anonymous.create(new NewApiToken("cli", null))).isInstanceOf(AccessDenied.class);
    }
}
