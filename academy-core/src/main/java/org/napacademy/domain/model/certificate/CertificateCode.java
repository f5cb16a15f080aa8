package org.napacademy.domain.model.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The verification code printed on a certificate: 12 characters from a 32-character alphabet without the
 * look-alikes I, O, 0 and 1 (60 random bits, too many to guess), grouped by four, e.g. ABCD-EFGH-JKLM.
 */
public final class CertificateCode {
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final RandomGenerator SECURE = new SecureRandom();

    private CertificateCode() { }

    public static String random() { return random(SECURE); }

    static String random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) code.append('-');
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as typed by a person (lower case, spaces or no hyphens) in its printed form; empty when it cannot
     * be a code, so a lookup need not even ask the database.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) return Optional.empty();
        var plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) return Optional.empty();
        return Optional.of(plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8));
    }
}
