package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;

public record MentoringNoteView(Long id, long version, Long delegationId, Long requestId, String trainer, LocalDate date,
                                String note) {

    static MentoringNoteView of(MentoringNote note) {
        return new MentoringNoteView(note.id(), note.version(), note.delegation().id(),
                note.request().map(AssistanceRequest::id).orElse(null), note.trainerUsername(), note.date(), note.note());
    }
}
