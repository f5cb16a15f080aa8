package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NewNode;
import org.napacademy.application.NodeDetails;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/** A goal when {@code parentId} is absent; a child's pillar defaults to its parent's, its status to NOT_STARTED. */
public record NewNodeRequest(Long parentId, @NotNull ResultLevel level, @NotBlank @Size(max = 300) String title,
                             @Size(max = 4000) String description, Pillar pillar,
                             @Size(max = 300) String responsibleInstitution, @NotNull LocalDate startDate,
                             @NotNull LocalDate endDate, ProgressStatus status, Long draftedInModuleId) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewNodeRequest(Long parentId, ResultLevel level, String title, String description, Pillar pillar, String responsibleInstitution, LocalDate startDate, LocalDate endDate, ProgressStatus status, Long draftedInModuleId) {
        this.parentId = parentId;
        this.level = level;
        this.title = title;
        this.description = description;
        this.pillar = pillar;
        this.responsibleInstitution = responsibleInstitution;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.draftedInModuleId = draftedInModuleId;
    }

    NewNode toCommand() {
        return new NewNode(parentId, level, new NodeDetails(title, description, pillar, responsibleInstitution,
                DateRange.of(startDate, endDate), status, draftedInModuleId));
    }
}
