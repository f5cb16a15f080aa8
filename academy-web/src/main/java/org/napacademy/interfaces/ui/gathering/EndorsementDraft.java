package org.napacademy.interfaces.ui.gathering;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The endorsement form's bean, mirroring the REST EndorsementRequest. */
public class EndorsementDraft {
    @NotNull private Long delegationId;
    @NotNull private LocalDate endorsedOn;

    public Long getDelegationId() { return delegationId; }
    public void setDelegationId(Long delegationId) { this.delegationId = delegationId; }
    public LocalDate getEndorsedOn() { return endorsedOn; }
    public void setEndorsedOn(LocalDate endorsedOn) { this.endorsedOn = endorsedOn; }
}
