package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.certificate.Certificate;
import org.napacademy.domain.model.certificate.CertificateCode;
import org.napacademy.domain.model.certificate.CertificateRepository;
import org.napacademy.domain.model.certificate.CertificateRuleViolation;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;

/**
 * Certificates of participation: who in a cohort earned one (attendance from {@link CohortAttendance}, the
 * programme's threshold), issuing them once, the documents to print, and the public verification by code.
 * Issuing and the cohort's list are its trainers' (personal data); a participant's own certificate also goes
 * to their delegation; verification is anyone's who holds the code.
 */
@ApplicationScoped
@Transactional
public class CertificateService {
    static final String CERTIFICATE = "certificate";

    @Inject CertificateRepository certificates;
    @Inject CohortRepository cohorts;
    @Inject DelegationRepository delegations;
    @Inject SessionRepository sessions;
    @Inject AccessPolicy access;
    @Inject Clock clock;

    /** Every participant of the cohort, by country, family and given name, with attendance and certificate. */
    public List<CertificateCandidate> candidates(long cohortId) {
        var cohort = found(cohortId);
        access.requireCohortPersonalData(cohort);
        return candidatesOf(cohort);
    }

    /** Issues a certificate to every eligible participant who has none yet; the same codes on a second call. */
    public List<CertificateCandidate> issue(long cohortId) {
        var cohort = found(cohortId);
        access.requireCohortPlanning(cohort);
        var issuedAt = clock.instant();
        for (var candidate : candidatesOf(cohort)) {
            if (!candidate.eligible() || candidate.certificate().isPresent()) continue;
            certificates.add(new Certificate(candidate.participant(), cohort, freshCode(), issuedAt,
                    (int) candidate.attended(), (int) candidate.held()));
        }
        certificates.flush();
        return candidatesOf(cohort);
    }

    /** The issued certificates of the cohort, to print in one document. */
    public List<CertificateDocument> documents(long cohortId) {
        var cohort = found(cohortId);
        access.requireCohortPersonalData(cohort);
        var issued = certificates.ofCohort(cohort);
        if (issued.isEmpty()) throw new CertificateRuleViolation("No certificates have been issued for cohort " + cohort.name() + " yet");
        var attendance = CohortAttendance.of(cohort, sessions);
        return issued.stream().map(certificate -> document(certificate, attendance)).toList();
    }

    /** The participant's certificate; refused (422) while none has been issued, saying why. */
    public CertificateDocument document(long participantId) {
        var participant = delegations.participant(participantId)
                .orElseThrow(() -> new EntityNotFound(DelegationService.PARTICIPANT, participantId));
        access.requirePersonalData(participant.delegation());
        var cohort = participant.delegation().cohort();
        var attendance = CohortAttendance.of(cohort, sessions);
        var certificate = certificates.of(participant, cohort).orElseThrow(() -> {
            var attended = attendance.presentCount(participant.id());
            var held = attendance.sessionsTaken();
            return new CertificateRuleViolation(cohort.programme().awardsCertificateFor(attended, held)
                    ? participant + " has earned a certificate, but it has not been issued yet"
                    : participant + " attended " + attended + " of " + held + " sessions: not enough for a certificate");
        });
        return document(certificate, attendance);
    }

    /** Public: no sign-in needed. The code as typed (case, spaces and hyphens do not matter); unknown: 404. */
    public CertificateVerification verify(String code) {
        var certificate = CertificateCode.normalize(code).flatMap(certificates::byCode)
                .orElseThrow(() -> new EntityNotFound(CERTIFICATE, code));
        var cohort = certificate.cohort();
        return new CertificateVerification(certificate.code(), true, certificate.participant().fullName(), cohort.name(),
                cohort.programme().name(), cohort.dates().start(), cohort.dates().end(), certificate.issuedAt());
    }

    /** Whether the UI offers issuing certificates for the cohort. */
    public boolean mayIssue(Cohort cohort) { return access.mayPlan(cohort); }

    private List<CertificateCandidate> candidatesOf(Cohort cohort) {
        var attendance = CohortAttendance.of(cohort, sessions);
        var programme = cohort.programme();
        var issued = new HashMap<Long, Certificate>();
        certificates.ofCohort(cohort).forEach(c -> issued.put(c.participant().id(), c));
        var candidates = new ArrayList<CertificateCandidate>();
        for (Participant participant : delegations.participantsInCohort(cohort)) {
            var attended = attendance.presentCount(participant.id());
            var held = attendance.sessionsTaken();
            candidates.add(new CertificateCandidate(participant, attended, held, programme.awardsCertificateFor(attended, held),
                    issued.get(participant.id())));
        }
        return candidates;
    }

    private CertificateDocument document(Certificate certificate, CohortAttendance attendance) {
        var cohort = certificate.cohort();
        cohort.programme().languages();
        cohort.venue();
        certificate.participant().delegation().country().name();
        var modules = attendance.attendedBy(certificate.participant().id()).stream().map(Session::module).distinct()
                .map(org.napacademy.domain.model.curriculum.Module::title).toList();
        return new CertificateDocument(certificate, modules);
    }

    /** 60 random bits: a clash is next to impossible, but a second draw costs nothing. */
    private String freshCode() {
        var code = CertificateCode.random();
        while (certificates.byCode(code).isPresent()) code = CertificateCode.random();
        return code;
    }

    private Cohort found(long cohortId) {
        return cohorts.find(cohortId).orElseThrow(() -> new EntityNotFound(CohortService.COHORT, cohortId));
    }
}
