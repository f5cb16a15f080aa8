package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NodeDetails;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.shared.DateRange;

/**
 * Every editable field of a node (absent description, institution, module or assigned delegation clear them; an absent
 * tag keeps the node's).
 */
public record NodeUpdateRequest(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                                @Size(max = 40) String tag, @Size(max = 300) String responsibleInstitution,
                                @NotNull LocalDate startDate, @NotNull LocalDate endDate, @NotNull ProgressStatus status,
                                Long draftedInModuleId, Long assignedDelegationId, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NodeUpdateRequest(String title, String description, String tag, String responsibleInstitution, LocalDate startDate, LocalDate endDate, ProgressStatus status, Long draftedInModuleId, Long assignedDelegationId, Long version) {
        this.title = title;
        this.description = description;
        this.tag = tag;
        this.responsibleInstitution = responsibleInstitution;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.draftedInModuleId = draftedInModuleId;
        this.assignedDelegationId = assignedDelegationId;
        this.version = version;
    }

    NodeDetails toDetails() {
        return new NodeDetails(title, description, tag, responsibleInstitution, DateRange.of(startDate, endDate), status,
                draftedInModuleId, assignedDelegationId);
    }
}
