package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.napacademy.application.ResourceDraft;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceKind;

/**
 * Body of POST /modules/{id}/resources (a link: {@code url} required) and of PUT /module-resources/{id}
 * ({@code url} only for a link; {@code version} when there is no If-Match). {@code languages}: codes among en, es, pt, fr.
 */
public record ResourceRequest(
        @NotNull ResourceKind kind,
        @NotNull @Valid LocalizedTextJson title,
        @Valid LocalizedTextJson description,
        @NotEmpty List<String> languages,
        @Size(max = ModuleResource.MAX_URL_LENGTH) String url,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ResourceRequest(ResourceKind kind, LocalizedTextJson title, LocalizedTextJson description, List<String> languages,
                           String url, Long version) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.languages = languages;
        this.url = url;
        this.version = version;
    }

    ResourceDraft toDraft() {
        return new ResourceDraft(kind, LocalizedTextJson.toText(title), LocalizedTextJson.toText(description),
                languages == null ? Set.of() : Set.copyOf(languages), url);
    }
}
