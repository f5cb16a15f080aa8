package org.napacademy.domain.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in the platform's four languages. English is required and is the fallback for the others.
 * Embedding entities rename the columns with {@code @AttributeOverride} (e.g. {@code title_en}).
 */
@Embeddable
public class LocalizedText {

    public static final int MAX_LENGTH = 4000;

    @NotBlank @Size(max = MAX_LENGTH) @Column(name = "text_en", nullable = false, length = MAX_LENGTH)
    private String en;
    @Size(max = MAX_LENGTH) @Column(name = "text_es", length = MAX_LENGTH)
    private String es;
    @Size(max = MAX_LENGTH) @Column(name = "text_pt", length = MAX_LENGTH)
    private String pt;
    @Size(max = MAX_LENGTH) @Column(name = "text_fr", length = MAX_LENGTH)
    private String fr;

    protected LocalizedText() { }         // for JPA only

    public LocalizedText(String en, String es, String pt, String fr) {
        this.en = Checks.text(en, MAX_LENGTH, "English text");
        this.es = Checks.optionalText(es, MAX_LENGTH, "Spanish text");
        this.pt = Checks.optionalText(pt, MAX_LENGTH, "Portuguese text");
        this.fr = Checks.optionalText(fr, MAX_LENGTH, "French text");
    }

    /** English only; the other languages fall back to it. */
    public static LocalizedText english(String en) { return new LocalizedText(en, null, null, null); }

    /** The text in the locale's language, or English when that translation is missing. */
    public String in(Locale locale) {
        String translated = switch (locale == null ? "en" : locale.getLanguage()) {
            case "es" -> es;
            case "pt" -> pt;
            case "fr" -> fr;
            default -> en;
        };
        return translated == null ? en : translated;
    }

    public String en() { return en; }

    /** The translation as stored, without falling back to English: what an export must carry. */
    public Optional<String> translationIn(String language) {
        return Optional.ofNullable(switch (language) {
            case "en" -> en;
            case "es" -> es;
            case "pt" -> pt;
            case "fr" -> fr;
            default -> throw new IllegalArgumentException("not a language of the platform: " + language);
        });
    }

    @Override public boolean equals(Object o) {
        return o instanceof LocalizedText other && en.equals(other.en) && Objects.equals(es, other.es)
                && Objects.equals(pt, other.pt) && Objects.equals(fr, other.fr);
    }

    @Override public int hashCode() { return Objects.hash(en, es, pt, fr); }

    @Override public String toString() { return en; }
}
