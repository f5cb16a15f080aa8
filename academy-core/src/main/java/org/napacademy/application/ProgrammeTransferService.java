package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.OutputStream;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;

/**
 * Moving a programme between servers: its full export and its import into another database. Both hold
 * personal data of every participant, so only administrators do either.
 */
@ApplicationScoped
@Transactional
public class ProgrammeTransferService {

    @Inject ProgrammeRepository programmes;
    @Inject ProgrammeTransfer transfer;
    @Inject AccessPolicy access;

    protected ProgrammeTransferService() { }     // for CDI

    public ProgrammeTransferService(ProgrammeRepository programmes, ProgrammeTransfer transfer, AccessPolicy access) {
        this.programmes = programmes;
        this.transfer = transfer;
        this.access = access;
    }

    /** The programme an export would write, after the checks; lets a caller name the file before streaming. */
    public Programme exportable(long programmeId) {
        access.requireAdministrator();
        return programmes.find(programmeId).orElseThrow(() -> new EntityNotFound("programme", programmeId));
    }

    /** Streams the document to {@code out} inside one transaction, so it shows one consistent state. */
    public void export(long programmeId, OutputStream out) {
        transfer.write(exportable(programmeId), out);
    }

    /** All or nothing: any refusal or broken rule rolls the whole import back. */
    public ImportedProgramme importDocument(InputStream document) {
        access.requireAdministrator();
        return transfer.read(document);
    }
}
