package org.napacademy.domain.model.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.shared.Repository;

/** Personal API tokens. */
public interface ApiTokenRepository extends Repository<ApiToken> {

    Optional<ApiToken> byHash(String tokenHash);

    /** The user's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> ownedBy(long userId);

    /**
     * Stores {@code now} as the token's last use unless a later one is stored, without changing its
     * version: requests using one token at the same moment must not conflict over it.
     */
    void recordUse(ApiToken token, Instant now);
}
