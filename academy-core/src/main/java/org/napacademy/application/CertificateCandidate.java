package org.napacademy.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.delegation.Participant;

/**
 * A participant of a cohort as the certificates see them: the sessions attended of those held (attendance
 * taken), whether that reaches the programme's threshold, and the certificate if one was issued ({@code issued}
 * may be null).
 */
public record CertificateCandidate(Participant participant, long attended, long held, boolean eligible, Certificate issued) {

    /** Empty while no session's attendance has been taken. */
    public Optional<BigDecimal> rate() {
        return held == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(held), MathContext.DECIMAL64));
    }

    public Optional<Certificate> certificate() { return Optional.ofNullable(issued); }
}
