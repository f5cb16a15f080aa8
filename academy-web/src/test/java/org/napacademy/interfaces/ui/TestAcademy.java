package org.napacademy.interfaces.ui;

import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.napacademy.application.AttendanceEntry;
import org.napacademy.application.AttendanceMark;
import org.napacademy.application.AttendanceRate;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.CohortDraft;
import org.napacademy.application.CohortService;
import org.napacademy.application.CountryService;
import org.napacademy.application.CertificateCandidate;
import org.napacademy.application.CertificateService;
import org.napacademy.application.CertificateVerification;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.DelegationDetails;
import org.napacademy.application.DelegationService;
import org.napacademy.application.ParticipantDraft;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.SessionDraft;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * A small academy in memory for view tests: one cohort in Panama City (24-26 June 2025) with a Bolivian delegation
 * of one participant and one session, and test doubles of the application services that record what views ask.
 */
public class TestAcademy {
    public final Programme programme = withId(WpsTags.applyTo(new Programme("WPS NAP Academy", null, Set.of("en", "es"))), 1);
    public final Cohort cohort = withId(new Cohort(programme, "2025 Panama City",
            new Venue("Ministry of Foreign Affairs", "Panama City", "PA", "America/Panama"),
            new DateRange(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26))), 7);
    public final Country bolivia = new Country("BO", "BOL", new LocalizedText("Bolivia", "Bolivia", "Bolívia", "Bolivie"), Subregion.SOUTH_AMERICA);
    public final Delegation delegation;
    public final Participant carmen;
    public final Module theoryOfChange = withId(new Module(programme, "TOC",
            new LocalizedText("Theory of change", "Teoría del cambio", "Teoria da mudança", "Théorie du changement"), 90, 1), 31);
    public final Session session;

    /** Who uses the views: the system (administrator powers) unless a test signs in someone else. */
    public Actor actor = Actor.SYSTEM;
    public final List<Object> calls = new ArrayList<>();
    /** What the next write of a service throws instead of succeeding, if anything. */
    public RuntimeException refusal;
    public final Map<Long, AttendanceStatus> attendance = new LinkedHashMap<>();

    public TestAcademy() {
        cohort.assignTrainer("trainer");
        delegation = withId(new Delegation(cohort, bolivia), 11);
        carmen = withId(delegation.enrol("Carmen", "Quispe", "carmen@example.org",
                new Institution("Viceministerio de Igualdad", InstitutionType.GOVERNMENT), "Jefa de unidad", Sex.FEMALE), 21);
        session = withId(new Session(cohort, theoryOfChange, LocalDateTime.of(2025, 6, 24, 9, 0),
                LocalDateTime.of(2025, 6, 24, 12, 30), "Plenary room"), 41);
        session.assignTrainer("trainer");
    }

    /** The policy the views ask, for {@link #actor} (read when asked, so a test may change the actor first). */
    public AccessPolicy access() { return new AccessPolicy(() -> actor, id -> delegation.id().equals(id) ? Optional.of(cohort) : Optional.empty()); }

    private void write(Object call) {
        calls.add(call);
        if (refusal != null) {
            var failure = refusal;
            refusal = null;
            throw failure;
        }
    }

    public CohortService cohorts() {
        return new CohortService() {
            @Override public CohortDetails details(long id) { return new CohortDetails(cohort, 1); }
            @Override public List<CohortSummary> summaries(CohortFilter filter, int offset, int limit) { return List.of(); }
            @Override public long countCohorts(CohortFilter filter) { return 0; }
            @Override public CohortDetails create(CohortDraft draft) {
                write(draft);
                return new CohortDetails(cohort, 0);
            }
            @Override public CohortDetails update(long id, long expectedVersion, CohortDraft draft) {
                write(draft);
                return details(id);
            }
            @Override public CohortDetails changeStatus(long id, Long expectedVersion, CohortStatus status) {
                write(status);
                return details(id);
            }
        };
    }

    public ProgrammeService programmes() {
        return new ProgrammeService() {
            @Override public List<Programme> page(int offset, int limit) { return offset == 0 ? List.of(programme) : List.of(); }
            @Override public long count() { return 1; }
        };
    }

    public CountryService countries() {
        return new CountryService() {
            @Override public Map<String, String> countryNames(Locale locale) {
                var names = new LinkedHashMap<String, String>();
                names.put("BO", bolivia.name().in(locale));
                names.put("PA", "es".equals(locale.getLanguage()) ? "Panamá" : "Panama");
                return names;
            }
        };
    }

    public DelegationService delegations() {
        return new DelegationService() {
            @Override public List<DelegationDetails> ofCohort(long cohortId) {
                return List.of(new DelegationDetails(delegation, 51L, delegation.participants().size()));
            }
            @Override public DelegationDetails create(long cohortId, String countryCode) {
                write(countryCode);
                return ofCohort(cohortId).get(0);
            }
            @Override public List<Participant> participants(long delegationId, int offset, int limit) {
                return delegation.participants().stream().skip(offset).limit(limit).toList();
            }
            @Override public long countParticipants(long delegationId) { return delegation.participants().size(); }
            @Override public Participant enrol(long delegationId, ParticipantDraft draft) {
                write(draft);
                return carmen;
            }
            @Override public Participant update(long id, long expectedVersion, ParticipantDraft draft) {
                write(draft);
                return carmen;
            }
        };
    }

    public CurriculumService curriculum() {
        return new CurriculumService() {
            @Override public List<Session> sessionsOf(long cohortId) { return List.of(session); }
            @Override public Session session(long id) { return session; }
            @Override public List<Module> modules(Long programmeId, int offset, int limit) { return List.of(theoryOfChange); }
            @Override public Session planSession(long cohortId, SessionDraft draft) {
                write(draft);
                return session;
            }
            @Override public List<AttendanceEntry> attendance(long sessionId) {
                return List.of(new AttendanceEntry(carmen, attendance.get(carmen.id())));
            }
            @Override public List<AttendanceEntry> recordAttendance(long sessionId, List<AttendanceMark> marks) {
                write(marks);
                marks.forEach(mark -> attendance.put(mark.participantId(), mark.status()));
                return attendance(sessionId);
            }
            @Override public List<AttendanceRate> attendanceRates(long cohortId) {
                var present = attendance.values().stream().filter(AttendanceStatus.PRESENT::equals).count();
                return List.of(new AttendanceRate(delegation.id(), "BO", 1, attendance.isEmpty() ? 0 : 1, present));
            }
            @Override public List<SessionFeedback> feedback(long sessionId, int offset, int limit) { return List.of(); }
            @Override public long countFeedback(long sessionId) { return 0; }
            @Override public OptionalDouble averageRating(long sessionId) { return OptionalDouble.empty(); }
        };
    }

    /** The one code {@link #certificates()} verifies. */
    public static final String CARMENS_CERTIFICATE = "ABCD-EFGH-JKLM";

    /** Carmen's certificate as her attendance at the one session makes it; issuing records the call. */
    public CertificateService certificates() {
        return new CertificateService() {
            @Override public List<CertificateCandidate> candidates(long cohortId) {
                var held = attendance.isEmpty() ? 0 : 1;
                var attended = AttendanceStatus.PRESENT.equals(attendance.get(carmen.id())) ? 1 : 0;
                return List.of(new CertificateCandidate(carmen, attended, held, programme.awardsCertificateFor(attended, held), null));
            }
            @Override public List<CertificateCandidate> issue(long cohortId) {
                write("certificates");
                return candidates(cohortId);
            }
            @Override public boolean mayIssue(Cohort issuedFor) { return access().mayPlan(issuedFor); }
            @Override public CertificateVerification verify(String code) {
                if (!CARMENS_CERTIFICATE.equals(code)) throw new EntityNotFound("certificate", code);
                return new CertificateVerification(code, true, carmen.fullName(), cohort.name(), programme.name(),
                        cohort.dates().start(), cohort.dates().end(), java.time.Instant.parse("2025-06-26T20:00:00Z"));
            }
        };
    }
}
