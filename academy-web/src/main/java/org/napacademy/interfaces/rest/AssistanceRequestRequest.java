package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.NewAssistanceRequest;
import org.napacademy.domain.model.accompaniment.Urgency;

/** {@code moduleId} absent for a general question. Until sign-in exists, the asker names themself in {@code raisedBy}. */
public record AssistanceRequestRequest(Long moduleId, @NotBlank @Size(max = 100) String raisedBy,
                                       @NotBlank @Size(max = 4000) String text, @NotNull Urgency urgency) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public AssistanceRequestRequest(Long moduleId, String raisedBy, String text, Urgency urgency) {
        this.moduleId = moduleId;
        this.raisedBy = raisedBy;
        this.text = text;
        this.urgency = urgency;
    }

    NewAssistanceRequest toCommand() { return new NewAssistanceRequest(moduleId, raisedBy, text, urgency); }
}
