package org.napacademy.application;

/** Checks a password against the hash a {@code UserAccount} keeps; the counterpart of {@link PasswordHasher}. */
@FunctionalInterface
public interface PasswordVerifier {

    boolean matches(char[] password, String hash);
}
