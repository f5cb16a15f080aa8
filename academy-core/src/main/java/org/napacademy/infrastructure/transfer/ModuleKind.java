package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.curriculum.Module;

/** The programme's curriculum modules. */
final class ModuleKind implements TransferKind {
    static final String SECTION = "modules";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select m from Module m where m.programme = ?1 order by m.id", Module.class), module -> {
            out.writeKey(module);
            out.text("code", module.code());
            out.localized("title", module.title());
            out.optionalLocalized("description", module.description());
            out.optionalLocalized("learningObjectives", module.learningObjectives());
            out.number("durationMinutes", module.durationMinutes());
            out.number("displayOrder", module.displayOrder());
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var module = new Module(in.programme(), Fields.text(element, "code"), Fields.localized(element, "title"),
                Fields.integer(element, "durationMinutes"), Fields.integer(element, "displayOrder"));
        module.describe(Fields.optionalLocalized(element, "description").orElse(null),
                Fields.optionalLocalized(element, "learningObjectives").orElse(null));
        in.persist(module);
        in.register(SECTION, Fields.key(element), module);
        in.count(SECTION);
    }
}
