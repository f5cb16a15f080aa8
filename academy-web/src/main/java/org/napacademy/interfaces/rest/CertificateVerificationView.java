package org.napacademy.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.napacademy.application.CertificateVerification;

/** The public answer to a certificate's code: nothing of the participant beyond their name. */
public record CertificateVerificationView(String code, boolean valid, String participantName, String cohort, String programme,
                                          LocalDate startDate, LocalDate endDate, Instant issuedAt) {

    static CertificateVerificationView of(CertificateVerification verification) {
        return new CertificateVerificationView(verification.code(), verification.valid(), verification.participantName(),
                verification.cohort(), verification.programme(), verification.startDate(), verification.endDate(),
                verification.issuedAt());
    }
}
