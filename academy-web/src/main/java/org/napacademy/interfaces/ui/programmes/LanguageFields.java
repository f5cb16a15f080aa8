package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.napacademy.domain.model.shared.LocalizedText;

/** A text in the platform's four languages as four small fields, English first (the one a text needs). */
final class LanguageFields {
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    final TextField en = field("en");
    final TextField es = field("es");
    final TextField pt = field("pt");
    final TextField fr = field("fr");

    LanguageFields(int maxLength) {
        all().forEach(field -> field.setMaxLength(maxLength));
    }

    List<TextField> all() { return List.of(en, es, pt, fr); }

    /** Gives each field the id {@code prefix-<language>}, for browser tests to find it. */
    void identify(String prefix) {
        for (var i = 0; i < LANGUAGES.size(); i++) all().get(i).setId(prefix + "-" + LANGUAGES.get(i));
    }

    /** Shows a text (empty fields for none or for a missing translation). */
    void show(LocalizedText text) {
        for (var i = 0; i < LANGUAGES.size(); i++) {
            var language = LANGUAGES.get(i);
            all().get(i).setValue(text == null ? "" : text.translationIn(language).orElse(""));
        }
    }

    /** The typed text; empty when all four are blank or English is missing. */
    Optional<LocalizedText> text() {
        if (en.getValue().isBlank()) return Optional.empty();
        return Optional.of(new LocalizedText(en.getValue().strip(), TagDraft.blankless(es.getValue()),
                TagDraft.blankless(pt.getValue()), TagDraft.blankless(fr.getValue())));
    }

    boolean isBlank() { return all().stream().allMatch(field -> field.getValue().isBlank()); }

    private static TextField field(String language) {
        var field = new TextField();
        field.setLabel(Locale.forLanguageTag(language).getLanguage().toUpperCase(Locale.ROOT));
        field.setClearButtonVisible(false);
        field.setMinWidth("6em");
        field.getStyle().set("flex", "1 1 8em");
        return field;
    }
}
