package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import org.napacademy.application.ProgrammeImportRefused;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;

/**
 * The certificates issued to the participants, with their codes, so that a printed certificate keeps
 * verifying on the new server. A code is unique in a database: one already there refuses the import.
 */
final class CertificateKind implements TransferKind {
    static final String SECTION = "certificates";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select c from Certificate c where c.cohort.programme = ?1 order by c.id", Certificate.class), certificate -> {
            out.writeKey(certificate);
            out.ref("participant", certificate.participant());
            out.ref("cohort", certificate.cohort());
            out.text("code", certificate.code());
            out.instant("issuedAt", certificate.issuedAt());
            out.number("sessionsAttended", certificate.sessionsAttended());
            out.number("sessionsHeld", certificate.sessionsHeld());
        });
    }

    @Override public void read(JsonObject element, Importing in) {
        var code = Fields.text(element, "code");
        var taken = in.em().createQuery("select count(c) from Certificate c where c.code = ?1", Long.class).setParameter(1, code).getSingleResult();
        if (taken > 0)
            throw new ProgrammeImportRefused("This database already holds a certificate with the code " + code
                    + "; a certificate's code is unique, so its programme seems to be here already");
        var certificate = new Certificate(in.resolve(DelegationKind.PARTICIPANTS, Fields.text(element, "participant"), Participant.class),
                in.resolve(CohortKind.SECTION, Fields.text(element, "cohort"), Cohort.class), code, Fields.instant(element, "issuedAt"),
                Fields.integer(element, "sessionsAttended"), Fields.integer(element, "sessionsHeld"));
        in.persist(certificate);
        in.register(SECTION, Fields.key(element), certificate);
        in.count(SECTION);
    }
}
