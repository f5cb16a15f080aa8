package org.napacademy.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.napacademy.application.EntityNotFound;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.user.ApiToken;
import org.napacademy.domain.model.user.ApiTokenRepository;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/**
 * The signed-in user's personal API tokens: made, listed and revoked by their owner only. Another user's
 * token is "not found", so token ids tell nobody anything.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {
    private static final Logger LOG = Logger.getLogger(ApiTokenService.class.getName());
    static final String ENTITY = "API token";

    @Inject ApiTokenRepository tokens;
    @Inject UserAccountRepository accounts;
    @Inject AccessPolicy access;
    @Inject Clock clock;

    protected ApiTokenService() { }

    /** For tests and for code that builds the service by hand. */
    public ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, AccessPolicy access, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    public CreatedApiToken create(NewApiToken command) {
        var owner = me();
        var now = clock.instant();
        var days = Checks.optionalBetween(command.expiresInDays(), 1, NewApiToken.MAX_DAYS, "expiry in days");
        var secret = TokenSecrets.newSecret();
        var token = new ApiToken(owner, command.name(), TokenSecrets.hash(secret), now,
                days == null ? null : now.plus(Duration.ofDays(days)));
        tokens.add(token);
        LOG.info(() -> "User " + owner.username() + " created API token \"" + token.name() + "\"");
        return new CreatedApiToken(token, secret);
    }

    /** The signed-in user's tokens, newest first. */
    public List<ApiToken> mine() {
        return tokens.ownedBy(me().id());
    }

    public ApiToken mine(long tokenId) {
        var owner = me();
        return tokens.find(tokenId).filter(token -> token.isOwnedBy(owner.id()))
                .orElseThrow(() -> new EntityNotFound(ENTITY, tokenId));
    }

    /** Revoking is idempotent and needs no version: stopping a token must never be refused as stale. */
    public ApiToken revoke(long tokenId) {
        var token = mine(tokenId);
        token.revoke(clock.instant());
        LOG.info(() -> "User " + token.owner().username() + " revoked API token \"" + token.name() + "\"");
        return token;
    }

    private UserAccount me() {
        access.requireSignedIn();
        var userId = access.actor().userId();
        if (userId == null) throw new AccessDenied("Only a signed-in user has API tokens");
        return accounts.find(userId).orElseThrow(() -> new AccessDenied("The signed-in account no longer exists"));
    }
}
