package org.napacademy.infrastructure.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.napacademy.application.ImportedProgramme;
import org.napacademy.application.ProgrammeTransfer;
import org.napacademy.domain.model.programme.Programme;

/** The programme document in JSON, written and read with JSON-P's streaming API through JPA. */
@ApplicationScoped
public class JsonProgrammeTransfer implements ProgrammeTransfer {

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject Clock clock;

    protected JsonProgrammeTransfer() { }        // for CDI

    /** Outside the container: the caller owns the entity manager and its transaction. */
    public JsonProgrammeTransfer(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override public void write(Programme programme, OutputStream out) { new ProgrammeDocumentWriter(em, clock).write(programme, out); }

    @Override public ImportedProgramme read(InputStream in) { return new ProgrammeDocumentReader(em).read(in); }
}
