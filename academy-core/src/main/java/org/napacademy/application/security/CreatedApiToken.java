package org.napacademy.application.security;

import org.napacademy.domain.model.user.ApiToken;

/** A token just made, with its secret: the only time anyone sees the secret. */
public record CreatedApiToken(ApiToken token, String secret) { }
