package org.napacademy.interfaces.ui.accompaniment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.curriculum.Module;

/** What a delegate asks for; the constraints mirror the REST AssistanceRequestRequest. No topic: a general question. */
public class AssistanceDraft {
    private Module topic;
    @NotBlank @Size(max = 4000) private String text;
    @NotNull private Urgency urgency = Urgency.MEDIUM;

    public Module getTopic() { return topic; }
    public void setTopic(Module topic) { this.topic = topic; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
}
