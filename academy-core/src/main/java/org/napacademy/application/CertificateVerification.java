package org.napacademy.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a certificate's code learns when verifying it: that it is valid, whose it is and for
 * which cohort; nothing else of the participant (no email, no institution, no attendance).
 */
public record CertificateVerification(String code, boolean valid, String participantName, String cohort, String programme,
                                      LocalDate startDate, LocalDate endDate, Instant issuedAt) {
}
