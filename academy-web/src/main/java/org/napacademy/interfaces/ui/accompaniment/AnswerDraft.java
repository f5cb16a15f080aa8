package org.napacademy.interfaces.ui.accompaniment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A trainer's answer to a request; the constraints mirror the REST AnswerRequest. */
public class AnswerDraft {
    @NotBlank @Size(max = 4000) private String answer;

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
