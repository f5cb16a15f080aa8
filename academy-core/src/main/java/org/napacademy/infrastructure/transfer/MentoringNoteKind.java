package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.delegation.Delegation;

/** The trainers' mentoring notes, with the request they answer when they answer one. */
final class MentoringNoteKind implements TransferKind {
    static final String SECTION = "mentoringNotes";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select n from MentoringNote n where n.delegation.cohort.programme = ?1 order by n.id", MentoringNote.class),
                note -> {
                    out.writeKey(note);
                    out.ref("delegation", note.delegation());
                    out.optionalRef("request", note.request());
                    out.text("trainer", note.trainerUsername());
                    out.time("date", note.date());
                    out.text("note", note.note());
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var note = new MentoringNote(in.resolve(DelegationKind.SECTION, Fields.text(element, "delegation"), Delegation.class),
                in.resolveOptional(AssistanceRequestKind.SECTION, Fields.optionalText(element, "request"), AssistanceRequest.class),
                Fields.text(element, "trainer"), Fields.date(element, "date"), Fields.text(element, "note"));
        in.persist(note);
        in.register(SECTION, Fields.key(element), note);
        in.count(SECTION);
    }
}
