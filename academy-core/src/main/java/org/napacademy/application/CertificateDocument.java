package org.napacademy.application;

import java.util.List;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.shared.LocalizedText;

/** What a certificate's page shows: the certificate (participant, cohort, programme) and the modules attended. */
public record CertificateDocument(Certificate certificate, List<LocalizedText> modulesAttended) {
    public CertificateDocument {
        modulesAttended = List.copyOf(modulesAttended);
    }
}
