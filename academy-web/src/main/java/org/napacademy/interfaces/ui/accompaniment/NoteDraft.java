package org.napacademy.interfaces.ui.accompaniment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A mentoring note as the form edits it; the constraints mirror the REST MentoringNoteRequest. */
public class NoteDraft {
    @NotNull private LocalDate date;
    @NotBlank @Size(max = 4000) private String note;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
