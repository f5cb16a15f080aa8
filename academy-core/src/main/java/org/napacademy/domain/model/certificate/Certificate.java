package org.napacademy.domain.model.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.UtcInstantConverter;

/**
 * A certificate of participation: one per participant and cohort, issued when the participant attended at
 * least the programme's share of the cohort's sessions ({@link org.napacademy.domain.model.programme.Programme#awardsCertificateFor}).
 * It keeps the attendance it was issued for; its {@link #code()} lets anyone verify it.
 */
@Entity
@Table(name = "certificate")
public class Certificate extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @NotNull @Pattern(regexp = "[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}") @Column(name = "code", nullable = false, length = 14)
    private String code;

    @NotNull @Convert(converter = UtcInstantConverter.class) @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "sessions_attended", nullable = false)
    private int sessionsAttended;

    @Column(name = "sessions_held", nullable = false)
    private int sessionsHeld;

    protected Certificate() { }           // for JPA only

    /** Only for a participant of one of the cohort's delegations who reached the programme's threshold. */
    public Certificate(Participant participant, Cohort cohort, String code, Instant issuedAt, int sessionsAttended, int sessionsHeld) {
        this.participant = Checks.present(participant, "participant");
        this.cohort = Checks.present(cohort, "cohort");
        if (!participant.delegation().cohort().sameAs(cohort))
            throw new CertificateRuleViolation(participant + " is not a participant of cohort " + cohort);
        if (!cohort.programme().awardsCertificateFor(sessionsAttended, sessionsHeld))
            throw new CertificateRuleViolation(participant + " attended " + sessionsAttended + " of " + sessionsHeld
                    + " sessions, fewer than programme " + cohort.programme() + " asks for a certificate");
        this.code = CertificateCode.normalize(code).orElseThrow(() -> new IllegalArgumentException("not a certificate code: " + code));
        this.issuedAt = Checks.present(issuedAt, "issue time");
        this.sessionsAttended = sessionsAttended;
        this.sessionsHeld = sessionsHeld;
    }

    public Participant participant() { return participant; }

    public Cohort cohort() { return cohort; }

    public String code() { return code; }

    public Instant issuedAt() { return issuedAt; }

    public int sessionsAttended() { return sessionsAttended; }

    public int sessionsHeld() { return sessionsHeld; }

    /** The share of the sessions attended when issued, e.g. 0.8333. */
    public BigDecimal attendanceRate() {
        return BigDecimal.valueOf(sessionsAttended).divide(BigDecimal.valueOf(sessionsHeld), MathContext.DECIMAL64);
    }

    @Override public String toString() { return code; }
}
