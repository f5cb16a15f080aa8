package org.napacademy.application.security;

/**
 * Create a personal API token.
 *
 * @param expiresInDays null: the token works until it is revoked
 */
public record NewApiToken(String name, Integer expiresInDays) {
    public static final int MAX_DAYS = 3650;
}
