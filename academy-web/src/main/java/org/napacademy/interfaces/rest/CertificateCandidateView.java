package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.napacademy.application.CertificateCandidate;
import org.napacademy.domain.model.certificate.Certificate;

/**
 * A participant of a cohort and their certificate: sessions attended of those held, the rate (0..1, null while
 * no attendance was taken), whether it reaches the programme's threshold, and the code and issue time once issued.
 */
public record CertificateCandidateView(Long participantId, String name, Long delegationId, String countryCode, long attended,
                                       long held, BigDecimal rate, boolean eligible, String code, Instant issuedAt) {

    static CertificateCandidateView of(CertificateCandidate candidate) {
        var participant = candidate.participant();
        var delegation = participant.delegation();
        return new CertificateCandidateView(participant.id(), participant.fullName(), delegation.id(), delegation.country().iso2(),
                candidate.attended(), candidate.held(), candidate.rate().orElse(null), candidate.eligible(),
                candidate.certificate().map(Certificate::code).orElse(null),
                candidate.certificate().map(Certificate::issuedAt).orElse(null));
    }
}
