package org.napacademy.domain.model.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Argument checks shared by constructors and operations. Malformed input is an IllegalArgumentException
 * (a caller's mistake, normally caught earlier by Bean Validation); broken business rules are
 * {@link DomainRuleViolation}s.
 */
public final class Checks {
    private Checks() { }

    /** Trimmed, non-blank, at most {@code max} characters. */
    public static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return optionalText(value, max, what);
    }

    /** Trimmed, at most {@code max} characters; blank becomes null. */
    public static String optionalText(String value, int max, String what) {
        if (value == null || value.isBlank()) return null;
        var trimmed = value.trim();
        if (trimmed.length() > max) throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        return trimmed;
    }

    /**
     * Trimmed, non-blank, at most {@code max} characters, and an absolute http or https address with a host:
     * pages show it as a link, and any other scheme (javascript:, data:) would run or open something else there.
     */
    public static String webAddress(String value, int max, String what) {
        var trimmed = text(value, max, what);
        var refused = new IllegalArgumentException(
                what + " must be an http or https address, e.g. https://www.unwomen.org/, not " + trimmed);
        try {
            var uri = new URI(trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) throw refused;
            return trimmed;
        } catch (URISyntaxException e) {
            refused.initCause(e);
            throw refused;
        }
    }

    /** A missing value is the caller's mistake like any other malformed input, not a crash. */
    public static <T> T present(T value, String what) {
        if (value == null) throw new IllegalArgumentException(what + " is required");
        return value;
    }

    public static int between(int value, int min, int max, String what) {
        if (value < min || value > max) throw new IllegalArgumentException(what + " must be between " + min + " and " + max);
        return value;
    }

    public static Integer optionalBetween(Integer value, int min, int max, String what) {
        return value == null ? null : between(value, min, max, what);
    }
}
