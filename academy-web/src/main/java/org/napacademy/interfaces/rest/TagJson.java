package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.napacademy.domain.model.programme.ThematicTag;

/** A thematic tag of a programme: {"code": "CYBERCRIME", "label": {"en": "Cybercrime", "es": "Ciberdelito", ...}}. */
public record TagJson(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be upper-case letters, digits and underscores, starting with a letter") String code,
        @NotNull @Valid LocalizedTextJson label) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public TagJson(String code, LocalizedTextJson label) {
        this.code = code;
        this.label = label;
    }

    static TagJson of(ThematicTag tag) { return new TagJson(tag.code(), LocalizedTextJson.of(tag.label())); }

    ThematicTag toTag() { return new ThematicTag(code, LocalizedTextJson.toText(label)); }
}
