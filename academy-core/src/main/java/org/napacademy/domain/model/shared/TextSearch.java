package org.napacademy.domain.model.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Words typed into a list's search box, as a case-insensitive LIKE pattern that finds them anywhere in a text;
 * the pattern's own wildcards are escaped with a backslash, so a typed % or _ means itself.
 */
public final class TextSearch {

    private TextSearch() { }

    /** {@code "%mujer%"} for " Mujer "; empty when nothing was typed. */
    public static Optional<String> containing(String typed) {
        if (typed == null || typed.isBlank()) return Optional.empty();
        var escaped = typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return Optional.of("%" + escaped + "%");
    }
}
