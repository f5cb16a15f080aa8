package org.napacademy.infrastructure.demo;

import java.util.EnumMap;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.shared.LocalizedText;

/** Shorthands for the demo programmes' words and tags in English, Spanish, Portuguese and French. */
final class DemoWords {
    private DemoWords() { }

    static LocalizedText words(String en, String es, String pt, String fr) { return new LocalizedText(en, es, pt, fr); }

    static ThematicTag tag(String code, String en, String es, String pt, String fr) {
        return new ThematicTag(code, new LocalizedText(en, es, pt, fr));
    }

    /** Terms and their words in pairs: {@code vocabulary(Term.COHORT, words(...), Term.DELEGATION, words(...))}. */
    static Vocabulary vocabulary(Object... termsAndWords) {
        var map = new EnumMap<Term, LocalizedText>(Term.class);
        for (int i = 0; i < termsAndWords.length; i += 2) map.put((Term) termsAndWords[i], (LocalizedText) termsAndWords[i + 1]);
        return new Vocabulary(map);
    }
}
