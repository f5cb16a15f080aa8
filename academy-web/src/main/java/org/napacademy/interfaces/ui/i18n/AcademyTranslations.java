package org.napacademy.interfaces.ui.i18n;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The four languages of the platform, English first: a browser asking for a language we don't have
 * gets English, and a text missing in one language falls back to English, never to the server's locale.
 * Vaadin CDI finds it by the {@code @VaadinServiceEnabled} qualifier.
 */
@VaadinServiceEnabled
@ApplicationScoped
public class AcademyTranslations implements I18NProvider {
    /** One bundle per area of the UI (shell and common words first), so areas grow independently. */
    static final List<String> BUNDLES = List.of("vaadin-i18n.translations", "vaadin-i18n.cohorts",
            "vaadin-i18n.roadmaps", "vaadin-i18n.exports", "vaadin-i18n.dashboard", "vaadin-i18n.signin",
            "vaadin-i18n.history", "vaadin-i18n.users", "vaadin-i18n.account", "vaadin-i18n.access",
            "vaadin-i18n.checkins", "vaadin-i18n.transfer", "vaadin-i18n.reminders", "vaadin-i18n.accompaniment",
            "vaadin-i18n.imports", "vaadin-i18n.library", "vaadin-i18n.backups", "vaadin-i18n.governance",
            "vaadin-i18n.programmes", "vaadin-i18n.vocabulary", "vaadin-i18n.gathering");
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"), Locale.forLanguageTag("fr"));
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger LOG = Logger.getLogger(AcademyTranslations.class.getName());

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
        for (var bundle : BUNDLES) {
            var texts = ResourceBundle.getBundle(bundle, language, AcademyTranslations.class.getClassLoader(),
                    NO_SERVER_LOCALE);
            if (texts.containsKey(key)) {
                var text = texts.getString(key);
                // MessageFormat reads ' as a quote: texts with parameters write '' for an apostrophe
                return params.length == 0 ? text : new MessageFormat(text, language).format(params);
            }
        }
        LOG.warning(() -> "No translation for '" + key + "' in " + language);
        return key;
    }
}
