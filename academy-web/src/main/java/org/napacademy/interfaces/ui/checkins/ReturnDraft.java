package org.napacademy.interfaces.ui.checkins;

import jakarta.validation.constraints.Size;

/** The reviewer's comment when a check-in goes back to its delegation; required by the review panel. */
public class ReturnDraft {
    @Size(max = 4000) private String comment;

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
