package org.napacademy.interfaces.rest;

import java.time.Instant;
import org.napacademy.domain.model.user.ApiToken;

/** A personal API token as its owner sees it later: never its secret. */
public record ApiTokenView(Long id, long version, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                           Instant revokedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id(), token.version(), token.name(), token.createdAt(), token.expiresAt().orElse(null),
                token.lastUsedAt().orElse(null), token.revokedAt().orElse(null));
    }
}
