package org.napacademy.interfaces.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcademyTranslationsTest {
    private final AcademyTranslations translations = new AcademyTranslations();

    @Test
    void english_is_offered_first_so_unknown_languages_get_english() {
        assertThat(translations.getProvidedLocales()).extracting(Locale::getLanguage)
                .containsExactly("en", "es", "pt", "fr");
    }

    @Test
    void each_language_speaks_its_own_words() {
        assertThat(translations.getTranslation("cohorts.title", Locale.UK)).isEqualTo("Cohorts");
        assertThat(translations.getTranslation("cohorts.title", Locale.forLanguageTag("es-PA"))).isEqualTo("Cohortes");
        assertThat(translations.getTranslation("cohort.venue", Locale.forLanguageTag("pt-BR"))).isEqualTo("Local");
        assertThat(translations.getTranslation("cohort.venue", Locale.CANADA_FRENCH)).isEqualTo("Lieu");
    }

    @Test
    void a_language_we_do_not_have_falls_back_to_english_not_to_the_servers_locale() {
        var serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(translations.getTranslation("cohorts.title", Locale.GERMAN)).isEqualTo("Cohorts");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void an_unknown_key_shows_itself_rather_than_failing() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt", "fr"})
    void every_english_text_is_translated(String language) throws Exception {
        for (var bundle : AcademyTranslations.BUNDLES) {
            var english = load(bundle, "");
            var other = load(bundle, "_" + language);
            var missing = new HashSet<>(english.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            assertThat(missing).as("keys of %s without a %s translation", bundle, language).isEmpty();
            var extra = new HashSet<>(other.stringPropertyNames());
            extra.removeAll(english.stringPropertyNames());
            assertThat(extra).as("keys of %s in %s but not in English", bundle, language).isEmpty();
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() throws Exception {
        var seen = new HashSet<String>();
        for (var bundle : AcademyTranslations.BUNDLES) {
            for (var key : load(bundle, "").stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s is defined twice (again in %s)", key, bundle).isTrue();
            }
        }
    }

    private static Properties load(String bundle, String suffix) throws Exception {
        return load(bundle.substring(bundle.indexOf('.') + 1) + suffix + ".properties");
    }

    private static Properties load(String file) throws Exception {
        var properties = new Properties();
        try (var in = AcademyTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
