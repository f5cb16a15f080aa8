package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.curriculum.Module;

/** A curriculum module as the API shows it; texts in four languages (missing translations show English). */
public record ModuleView(Long id, long version, Long programmeId, String code, LocalizedTextJson title,
                         LocalizedTextJson description, LocalizedTextJson learningObjectives, int durationMinutes,
                         int displayOrder) {

    static ModuleView of(Module module) {
        return new ModuleView(module.id(), module.version(), module.programme().id(), module.code(),
                LocalizedTextJson.of(module.title()), module.description().map(LocalizedTextJson::of).orElse(null),
                module.learningObjectives().map(LocalizedTextJson::of).orElse(null), module.durationMinutes(),
                module.displayOrder());
    }
}
