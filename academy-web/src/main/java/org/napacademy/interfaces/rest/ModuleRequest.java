package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.napacademy.application.ModuleDraft;

/**
 * Body of POST and PUT /modules. programmeId and code are required on POST and fixed afterwards.
 * {@code version} is for PUT without If-Match.
 */
public record ModuleRequest(
        @NotNull(groups = Creation.class) Long programmeId,
        @NotNull(groups = Creation.class)
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be upper case letters, digits and underscores, e.g. GENDER_BUDGETING")
        String code,
        @NotNull @Valid LocalizedTextJson title,
        @Valid LocalizedTextJson description,
        @Valid LocalizedTextJson learningObjectives,
        @NotNull @Min(1) Integer durationMinutes,
        @NotNull @Min(0) Integer displayOrder,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ModuleRequest(Long programmeId, String code, LocalizedTextJson title, LocalizedTextJson description,
            LocalizedTextJson learningObjectives, Integer durationMinutes, Integer displayOrder, Long version) {
        this.programmeId = programmeId;
        this.code = code;
        this.title = title;
        this.description = description;
        this.learningObjectives = learningObjectives;
        this.durationMinutes = durationMinutes;
        this.displayOrder = displayOrder;
        this.version = version;
    }

    ModuleDraft toDraft() {
        return new ModuleDraft(programmeId, code, LocalizedTextJson.toText(title), LocalizedTextJson.toText(description),
                LocalizedTextJson.toText(learningObjectives), durationMinutes, displayOrder);
    }
}
