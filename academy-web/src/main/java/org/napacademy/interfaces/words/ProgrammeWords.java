package org.napacademy.interfaces.words;

import java.util.Locale;
import java.util.ResourceBundle;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * The words one programme uses in one language: its own word for a term when its vocabulary names it, the
 * platform's word (bundle {@code vaadin-i18n.vocabulary}) otherwise. The one place that names result levels,
 * tags, cohorts, delegations and roadmaps, for the views (locale of the UI) and the exports (their language).
 */
public final class ProgrammeWords {
    public static final String BUNDLE = "vaadin-i18n.vocabulary";
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Vocabulary vocabulary;
    private final Locale locale;
    private final ResourceBundle platform;

    private ProgrammeWords(Vocabulary vocabulary, Locale locale) {
        this.vocabulary = vocabulary == null ? Vocabulary.PLATFORM : vocabulary;
        // only the language counts: es-PA reads the Spanish words, an unknown language the English ones
        this.locale = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
        this.platform = ResourceBundle.getBundle(BUNDLE, this.locale, ProgrammeWords.class.getClassLoader(), NO_SERVER_LOCALE);
    }

    public static ProgrammeWords of(Programme programme, Locale locale) {
        return new ProgrammeWords(programme == null ? null : programme.vocabulary(), locale);
    }

    public static ProgrammeWords of(Vocabulary vocabulary, Locale locale) { return new ProgrammeWords(vocabulary, locale); }

    /** The platform's own words, where no single programme is concerned (e.g. a list across programmes). */
    public static ProgrammeWords platform(Locale locale) { return new ProgrammeWords(Vocabulary.PLATFORM, locale); }

    public Locale locale() { return locale; }

    /** The programme's word for the term, or the platform's; capitalised as a heading or a label. */
    public String word(Term term) {
        return vocabulary.word(term, locale).orElseGet(() -> platform.getString("term." + term.name()));
    }

    /** The word inside a sentence ("Add a milestone"): first letter in lower case unless it opens an acronym (EU, CLASI). */
    public String inSentence(Term term) {
        var word = word(term);
        if (word.isEmpty() || (word.length() > 1 && Character.isUpperCase(word.charAt(1)))) return word;
        return word.substring(0, 1).toLowerCase(locale) + word.substring(1);
    }

    /** What the programme calls a result level, e.g. "Priority" for GOAL. */
    public String level(ResultLevel level) { return word(Term.of(level)); }

    /** The tag's label in this language; the code itself when the template no longer has it; empty without a code. */
    public String tag(RoadmapTemplate template, String code) {
        if (code == null) return "";
        return template.tag(code).map(tag -> tag.labelIn(locale)).orElse(code);
    }
}
