package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.napacademy.domain.model.shared.LocalizedText;

/** A text in the four languages, {"en", "es", "pt", "fr"}; English is required, the others fall back to it. */
public record LocalizedTextJson(
        @NotBlank @Size(max = LocalizedText.MAX_LENGTH) String en,
        @Size(max = LocalizedText.MAX_LENGTH) String es,
        @Size(max = LocalizedText.MAX_LENGTH) String pt,
        @Size(max = LocalizedText.MAX_LENGTH) String fr) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public LocalizedTextJson(String en, String es, String pt, String fr) {
        this.en = en;
        this.es = es;
        this.pt = pt;
        this.fr = fr;
    }

    static LocalizedTextJson of(LocalizedText text) {
        return text == null ? null : new LocalizedTextJson(text.en(), text.in(Locale.forLanguageTag("es")),
                text.in(Locale.forLanguageTag("pt")), text.in(Locale.forLanguageTag("fr")));
    }

    static LocalizedText toText(LocalizedTextJson json) {
        return json == null ? null : new LocalizedText(json.en, json.es, json.pt, json.fr);
    }
}
