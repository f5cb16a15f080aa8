package org.napacademy.infrastructure.transfer;

import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import org.napacademy.domain.model.programme.Programme;

/**
 * Writes a programme document with a streaming generator: each kind queries and writes its elements one
 * by one, so the document never exists as one tree in memory, and the entities one kind loaded are let go
 * before the next kind.
 */
final class ProgrammeDocumentWriter {
    private final EntityManager em;
    private final Clock clock;

    ProgrammeDocumentWriter(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void write(Programme programme, OutputStream out) {
        try (var json = Json.createGenerator(out)) {
            json.writeStartObject();
            json.write(ProgrammeDocument.FORMAT_FIELD, ProgrammeDocument.FORMAT);
            json.write(ProgrammeDocument.VERSION_FIELD, ProgrammeDocument.VERSION);
            json.write(ProgrammeDocument.EXPORTED_AT_FIELD, Instant.now(clock).toString());
            var exporting = new Exporting(em, programme, json);
            for (var kind : ProgrammeDocument.KINDS) {
                kind.write(exporting);
                // only reads happen here: letting go of what one kind loaded keeps the persistence context to one kind
                json.flush();
                em.clear();
            }
            json.writeEnd();
        }
    }
}
