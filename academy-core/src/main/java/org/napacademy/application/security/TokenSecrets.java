package org.napacademy.application.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of personal API tokens: "nap_" and 32 random bytes in base64url, so a leaked one is easy to
 * recognise in logs and code. Only their SHA-256 is stored; a secret of that strength needs no salt or
 * slow hash, and the hash finds the token with one indexed lookup.
 */
public final class TokenSecrets {
    public static final String PREFIX = "nap_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() { }

    public static String newSecret() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex of the secret's SHA-256, as the api_token table keeps it. */
    public static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
