package org.napacademy.interfaces.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.LocalizedText;

class ProgrammeWordsTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** A ministerial programme: a roadmap of priorities, actions and milestones, named in English and Spanish only. */
    private static Programme priorities() {
        var programme = new Programme("EU-CLASI", "Internal security", Set.of("en", "es"));
        programme.changeTemplate(new RoadmapTemplate(EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY),
                List.of(new ThematicTag("CYBERCRIME", new LocalizedText("Cybercrime", "Ciberdelincuencia", null, null)))));
        programme.useVocabulary(new Vocabulary(Map.of(
                Term.GOAL, new LocalizedText("Priority", "Prioridad", null, null),
                Term.OUTPUT, new LocalizedText("Action", "Acción", null, null),
                Term.ACTIVITY, new LocalizedText("Milestone", "Hito", null, null),
                Term.COHORT, new LocalizedText("Meeting", "Reunión", null, null),
                Term.ROADMAP, new LocalizedText("EU-CLASI roadmap", "Hoja de ruta UE-CLASI", null, null))));
        return programme;
    }

    @Test
    void the_programmes_word_wins_and_an_unnamed_term_is_the_platforms() {
        var words = ProgrammeWords.of(priorities(), Locale.ENGLISH);
        assertThat(words.word(Term.COHORT)).isEqualTo("Meeting");
        assertThat(words.word(Term.DELEGATION)).isEqualTo("Delegation");
        assertThat(words.word(Term.TAG)).isEqualTo("Theme");
        assertThat(words.word(Term.ROADMAPS)).isEqualTo("Roadmaps");
    }

    @Test
    void levels_are_named_through_the_vocabulary_of_the_level() {
        var words = ProgrammeWords.of(priorities(), SPANISH);
        assertThat(words.level(ResultLevel.GOAL)).isEqualTo("Prioridad");
        assertThat(words.level(ResultLevel.OUTPUT)).isEqualTo("Acción");
        assertThat(words.level(ResultLevel.ACTIVITY)).isEqualTo("Hito");
        assertThat(words.level(ResultLevel.OUTCOME)).isEqualTo("Efecto");
    }

    @Test
    void a_language_the_programme_did_not_translate_reads_its_english_word_and_the_platforms_in_that_language() {
        var words = ProgrammeWords.of(priorities(), Locale.FRENCH);
        assertThat(words.level(ResultLevel.GOAL)).isEqualTo("Priority");
        assertThat(words.word(Term.DELEGATION)).isEqualTo("Délégation");
    }

    @Test
    void the_platform_speaks_each_of_its_languages_and_english_for_the_others() {
        var platform = Vocabulary.PLATFORM;
        assertThat(ProgrammeWords.of(platform, Locale.ENGLISH).level(ResultLevel.GOAL)).isEqualTo("Goal");
        assertThat(ProgrammeWords.of(platform, Locale.forLanguageTag("es-PA")).word(Term.ROADMAP)).isEqualTo("Hoja de ruta");
        assertThat(ProgrammeWords.of(platform, Locale.forLanguageTag("pt-BR")).word(Term.DELEGATIONS)).isEqualTo("Delegações");
        assertThat(ProgrammeWords.of(platform, Locale.CANADA_FRENCH).level(ResultLevel.OUTCOME)).isEqualTo("Effet");
        var serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(ProgrammeWords.platform(Locale.GERMAN).word(Term.COHORT)).isEqualTo("Cohort");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt", "fr"})
    void the_platform_names_every_term_in_every_language(String language) {
        var words = ProgrammeWords.platform(Locale.forLanguageTag(language));
        for (var term : Term.values()) assertThat(words.word(term)).isNotBlank();
    }

    @Test
    void tags_read_in_the_language_and_an_unknown_code_stays_itself() {
        var programme = priorities();
        var words = ProgrammeWords.of(programme, SPANISH);
        assertThat(words.tag(programme.template(), "CYBERCRIME")).isEqualTo("Ciberdelincuencia");
        assertThat(words.tag(programme.template(), "GONE")).isEqualTo("GONE");
        assertThat(words.tag(programme.template(), null)).isEmpty();
    }

    @Test
    void inside_a_sentence_a_word_starts_in_lower_case_unless_it_opens_an_acronym() {
        var words = ProgrammeWords.of(priorities(), Locale.ENGLISH);
        assertThat(words.inSentence(Term.COHORT)).isEqualTo("meeting");
        assertThat(words.inSentence(Term.ROADMAP)).isEqualTo("EU-CLASI roadmap");
    }

    @Test
    void no_programme_reads_the_platforms_words() {
        assertThat(ProgrammeWords.of((Programme) null, Locale.ENGLISH).word(Term.DELEGATION)).isEqualTo("Delegation");
    }
}
