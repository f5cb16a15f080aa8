package org.napacademy.application;

/**
 * Turns a password into the salted hash a {@code UserAccount} keeps. In the server it is Jakarta
 * Security's Pbkdf2PasswordHash; tests pass a cheap fake, so this port keeps the container out of them.
 */
@FunctionalInterface
public interface PasswordHasher {

    /** A self-describing salted hash; never the password itself. */
    String hash(char[] password);
}
