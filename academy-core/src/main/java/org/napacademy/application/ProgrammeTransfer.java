package org.napacademy.application;

import java.io.InputStream;
import java.io.OutputStream;
import org.napacademy.domain.model.programme.Programme;

/**
 * A programme as one portable document (everything but passwords), and such a document read back into
 * this database under new ids. Implemented in infrastructure.transfer; both directions stream.
 */
public interface ProgrammeTransfer {

    /** Writes the whole programme to {@code out}; the caller owns the transaction. */
    void write(Programme programme, OutputStream out);

    /**
     * Rebuilds the programme of the document. Refuses ({@link ProgrammeImportRefused}) another format or
     * version and a programme whose name this database already holds; a malformed document is an
     * {@link IllegalArgumentException}. The caller's transaction makes it all or nothing.
     */
    ImportedProgramme read(InputStream in);
}
