package org.napacademy.interfaces.rest;

import java.time.Instant;
import org.napacademy.application.security.CreatedApiToken;

/** A token just made: the one answer that carries its {@code secret}. */
public record CreatedApiTokenView(Long id, long version, String name, Instant createdAt, Instant expiresAt, String secret) {

    static CreatedApiTokenView of(CreatedApiToken created) {
        var token = created.token();
        return new CreatedApiTokenView(token.id(), token.version(), token.name(), token.createdAt(),
                token.expiresAt().orElse(null), created.secret());
    }
}
