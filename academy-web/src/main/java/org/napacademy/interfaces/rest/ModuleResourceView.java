package org.napacademy.interfaces.rest;

import java.time.Instant;
import java.util.List;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.ModuleResource;

/**
 * A resource of a module's library as the API shows it: a link has {@code url}; an uploaded file has
 * {@code fileName}, {@code mediaType} (sniffed from its bytes) and {@code sizeBytes}, served at {@code fileUrl}.
 */
public record ModuleResourceView(Long id, long version, Long moduleId, String kind, LocalizedTextJson title,
                                 LocalizedTextJson description, List<String> languages, String url, String fileName,
                                 String mediaType, Long sizeBytes, String fileUrl, String addedBy, Instant addedAt,
                                 boolean retired, String retiredBy, Instant retiredAt) {

    static ModuleResourceView of(ModuleResource resource) {
        return new ModuleResourceView(resource.id(), resource.version(), resource.module().id(), resource.kind().name(),
                LocalizedTextJson.of(resource.title()), resource.description().map(LocalizedTextJson::of).orElse(null),
                resource.languages(), resource.url().orElse(null), resource.fileName().orElse(null),
                resource.fileType().map(FileType::mediaType).orElse(null), resource.sizeBytes().orElse(null),
                resource.isFile() ? "module-resources/" + resource.id() + "/file" : null, resource.addedBy(), resource.addedAt(),
                resource.isRetired(), resource.retiredBy().orElse(null), resource.retiredAt().orElse(null));
    }
}
