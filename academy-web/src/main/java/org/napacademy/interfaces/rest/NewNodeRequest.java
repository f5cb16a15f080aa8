package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NewNode;
import org.napacademy.application.NodeDetails;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A goal when {@code parentId} is absent; {@code tag} is one of the programme's tag codes (required for a goal when the
 * programme uses tags), a child's defaults to its parent's; the status defaults to NOT_STARTED. {@code assignedDelegationId}:
 * on a gathering's shared roadmap, the member delegation that carries the result out.
 */
public record NewNodeRequest(Long parentId, @NotNull ResultLevel level, @NotBlank @Size(max = 300) String title,
                             @Size(max = 4000) String description, @Size(max = 40) String tag,
                             @Size(max = 300) String responsibleInstitution, @NotNull LocalDate startDate,
                             @NotNull LocalDate endDate, ProgressStatus status, Long draftedInModuleId,
                             Long assignedDelegationId) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewNodeRequest(Long parentId, ResultLevel level, String title, String description, String tag, String responsibleInstitution, LocalDate startDate, LocalDate endDate, ProgressStatus status, Long draftedInModuleId, Long assignedDelegationId) {
        this.parentId = parentId;
        this.level = level;
        this.title = title;
        this.description = description;
        this.tag = tag;
        this.responsibleInstitution = responsibleInstitution;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.draftedInModuleId = draftedInModuleId;
        this.assignedDelegationId = assignedDelegationId;
    }

    NewNode toCommand() {
        return new NewNode(parentId, level, new NodeDetails(title, description, tag, responsibleInstitution,
                DateRange.of(startDate, endDate), status, draftedInModuleId, assignedDelegationId));
    }
}
