package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NodeDetails;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.shared.DateRange;

/** Every editable field of a node (absent description, institution or module clear them). */
public record NodeUpdateRequest(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                                @NotNull Pillar pillar, @Size(max = 300) String responsibleInstitution,
                                @NotNull LocalDate startDate, @NotNull LocalDate endDate, @NotNull ProgressStatus status,
                                Long draftedInModuleId, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NodeUpdateRequest(String title, String description, Pillar pillar, String responsibleInstitution, LocalDate startDate, LocalDate endDate, ProgressStatus status, Long draftedInModuleId, Long version) {
        this.title = title;
        this.description = description;
        this.pillar = pillar;
        this.responsibleInstitution = responsibleInstitution;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.draftedInModuleId = draftedInModuleId;
        this.version = version;
    }

    NodeDetails toDetails() {
        return new NodeDetails(title, description, pillar, responsibleInstitution, DateRange.of(startDate, endDate), status,
                draftedInModuleId);
    }
}
