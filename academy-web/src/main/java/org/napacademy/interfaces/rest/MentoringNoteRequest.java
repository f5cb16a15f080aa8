package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NewMentoringNote;

/** {@code requestId} names the assistance request the note answers, if any; the author is the signed-in user. */
public record MentoringNoteRequest(Long requestId, @NotNull LocalDate date,
                                   @NotBlank @Size(max = 4000) String note) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public MentoringNoteRequest(Long requestId, LocalDate date, String note) {
        this.requestId = requestId;
        this.date = date;
        this.note = note;
    }

    NewMentoringNote toCommand() { return new NewMentoringNote(requestId, date, note); }
}
