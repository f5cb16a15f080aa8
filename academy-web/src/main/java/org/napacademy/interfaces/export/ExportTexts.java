package org.napacademy.interfaces.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.shared.Money;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * The words of the exports in one of the platform's languages, read from the {@code vaadin-i18n.exports}
 * bundle directly: the writers run outside Vaadin. Labels are translated; content stays as entered.
 */
public final class ExportTexts {
    public static final String BUNDLE = "vaadin-i18n.exports";
    /** The languages of the platform, English (the fallback) first. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle texts;

    private ExportTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale, ExportTexts.class.getClassLoader(), NO_SERVER_LOCALE);
    }

    /** {@code language}: one of {@link #LANGUAGES}; anything else is refused. */
    public static ExportTexts in(String language) {
        if (!LANGUAGES.contains(language))
            throw new IllegalArgumentException("lang must be one of " + String.join(", ", LANGUAGES) + ", not " + language);
        return new ExportTexts(Locale.forLanguageTag(language));
    }

    public Locale locale() { return locale; }

    public String language() { return locale.getLanguage(); }

    /** The programme's words (cohort, delegation, roadmap, tag, result levels) in the export's language. */
    public ProgrammeWords words(Programme programme) { return ProgrammeWords.of(programme, locale); }

    public String text(String key, Object... params) {
        var text = texts.getString("export." + key);
        return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    /** An enum constant's label, e.g. {@code export.ProgressStatus.ON_TRACK}. */
    public String label(Enum<?> value) {
        return value == null ? "" : texts.getString("export." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A plain number without trailing zeros, e.g. 12.5. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A ratio as a percentage with one decimal, e.g. 0.625 as "62.5 %". */
    public String percent(BigDecimal ratio) {
        return ratio == null ? "" : number(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    /** Totals per currency, e.g. "USD 35000; BOB 120000". */
    public static String money(Map<String, Money> totals) {
        return totals.values().stream().map(Money::toString).collect(Collectors.joining("; "));
    }
}
