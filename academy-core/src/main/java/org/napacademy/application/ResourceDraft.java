package org.napacademy.application;

import java.util.Set;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The facts of a library resource: {@code description} may be null; {@code languages} are codes among en, es,
 * pt, fr; {@code url} is the address of a link and null for an uploaded file.
 */
public record ResourceDraft(ResourceKind kind, LocalizedText title, LocalizedText description, Set<String> languages, String url) {

    public ResourceDraft {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
