package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.LinkedHashSet;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.library.FileType;
import org.napacademy.domain.model.library.ModuleResource;
import org.napacademy.domain.model.library.ResourceFile;
import org.napacademy.domain.model.library.ResourceKind;

/**
 * The modules' resource libraries: links with their address, uploaded files with their content in Base64 (read
 * one resource at a time, so a library of large files never sits in memory whole), retired ones as retired.
 */
final class ModuleResourceKind implements TransferKind {
    static final String SECTION = "moduleResources";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select r from ModuleResource r where r.module.programme = ?1 order by r.id", ModuleResource.class),
                resource -> {
                    out.writeKey(resource);
                    out.ref("module", resource.module());
                    out.enumValue("kind", resource.kind());
                    out.localized("title", resource.title());
                    out.optionalLocalized("description", resource.description());
                    out.strings("languages", resource.languages());
                    out.optionalText("url", resource.url());
                    if (resource.isFile()) {
                        out.enumValue("fileType", resource.fileType().orElseThrow());
                        out.optionalText("fileName", resource.fileName());
                        var file = out.select("select f from ResourceFile f where f.resource = ?1", ResourceFile.class, resource)
                                .findFirst().orElseThrow(() -> new IllegalStateException("The file of resource " + resource.id() + " is missing"));
                        out.text("content", Base64.getEncoder().encodeToString(file.content()));
                    }
                    out.text("addedBy", resource.addedBy());
                    out.instant("addedAt", resource.addedAt());
                    out.optionalText("retiredBy", resource.retiredBy());
                    resource.retiredAt().ifPresent(at -> out.instant("retiredAt", at));
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var module = in.resolve(ModuleKind.SECTION, Fields.text(element, "module"), Module.class);
        var kind = Fields.enumValue(element, "kind", ResourceKind.class);
        var title = Fields.localized(element, "title");
        var description = Fields.optionalLocalized(element, "description").orElse(null);
        var languages = new LinkedHashSet<>(Fields.strings(element, "languages"));
        var addedBy = Fields.text(element, "addedBy");
        var addedAt = Fields.instant(element, "addedAt");
        ModuleResource resource;
        byte[] content = null;
        if (element.containsKey("fileType")) {
            content = decoded(Fields.text(element, "content"));
            resource = ModuleResource.file(module, kind, title, description, languages, Fields.enumValue(element, "fileType", FileType.class),
                    Fields.text(element, "fileName"), content.length, addedBy, addedAt);
        } else {
            resource = ModuleResource.link(module, kind, title, description, languages, Fields.text(element, "url"), addedBy, addedAt);
        }
        var retiredAt = Fields.optionalInstant(element, "retiredAt");
        if (retiredAt.isPresent()) resource.retire(Fields.text(element, "retiredBy"), retiredAt.get());
        in.persist(resource);
        if (content != null) in.persist(new ResourceFile(resource, content));
        in.register(SECTION, Fields.key(element), resource);
        in.count(SECTION);
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("content is not Base64", e);
        }
    }
}
