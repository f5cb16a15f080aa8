package org.napacademy.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.napacademy.application.PasswordHasher;
import org.napacademy.application.PasswordVerifier;

/** Passwords hashed and checked with Jakarta Security's PBKDF2 (salted, self-describing hashes). */
@ApplicationScoped
public class Pbkdf2Passwords implements PasswordHasher, PasswordVerifier {

    @Inject Pbkdf2PasswordHash pbkdf2;

    @Override public String hash(char[] password) { return pbkdf2.generate(password); }

    @Override public boolean matches(char[] password, String hash) {
        try {
            return pbkdf2.verify(password, hash);
        } catch (IllegalArgumentException notAPbkdf2Hash) {
            return false;
        }
    }
}
