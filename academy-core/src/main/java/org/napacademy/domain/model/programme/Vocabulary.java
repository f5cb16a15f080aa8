package org.napacademy.domain.model.programme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The words a programme uses for the platform's terms. A term it does not name is absent: the caller falls back
 * to the platform's own word in the reader's language.
 */
public record Vocabulary(Map<Term, LocalizedText> words) {

    public static final Vocabulary PLATFORM = new Vocabulary(Map.of());

    public Vocabulary {
        var copy = new EnumMap<Term, LocalizedText>(Term.class);
        if (words != null) copy.putAll(words);
        words = Collections.unmodifiableMap(copy);
    }

    /** The programme's word in the locale's language (English when untranslated); empty when not named. */
    public Optional<String> word(Term term, Locale locale) {
        return Optional.ofNullable(words.get(term)).map(text -> text.in(locale));
    }

    public boolean names(Term term) { return words.containsKey(term); }
}
