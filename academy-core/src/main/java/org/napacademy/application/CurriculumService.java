package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.CurriculumRuleViolation;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionFeedback;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.delegation.Participant;

/** Curriculum modules, the sessions that deliver them to cohorts, attendance and feedback. */
@ApplicationScoped
@Transactional
public class CurriculumService {

    static final String MODULE = "module";
    static final String SESSION = "session";
    static final String FEEDBACK = "feedback";

    @Inject ModuleRepository modules;
    @Inject SessionRepository sessions;
    @Inject DelegationRepository delegations;
    @Inject ProgrammeService programmes;
    @Inject CohortService cohorts;
    @Inject AccessPolicy access;

    // modules --------------------------------------------------------------------------------------------

    /** All modules by id, or those of one programme in display order. */
    public List<org.napacademy.domain.model.curriculum.Module> modules(Long programmeId, int offset, int limit) {
        access.requireSignedIn();
        return programmeId == null ? modules.page(offset, limit)
                : modules.ofProgramme(programmes.programme(programmeId), offset, limit);
    }

    public long countModules(Long programmeId) {
        access.requireSignedIn();
        return programmeId == null ? modules.count() : modules.countOf(programmes.programme(programmeId));
    }

    public org.napacademy.domain.model.curriculum.Module module(long id) {
        access.requireSignedIn();
        return modules.find(id).orElseThrow(() -> new EntityNotFound(MODULE, id));
    }

    /** Codes are unique within a programme. */
    public org.napacademy.domain.model.curriculum.Module createModule(ModuleDraft draft) {
        access.requirePlanning();
        if (draft.programmeId() == null) throw new IllegalArgumentException("programmeId is required");
        var programme = programmes.programme(draft.programmeId());
        modules.byCode(programme, draft.code()).ifPresent(existing -> {
            throw new CurriculumRuleViolation("Programme " + programme + " already has a module " + draft.code());
        });
        var module = new org.napacademy.domain.model.curriculum.Module(programme, draft.code(), draft.title(),
                draft.durationMinutes(), draft.displayOrder());
        module.describe(draft.description(), draft.learningObjectives());
        modules.add(module);
        modules.flush();
        return module;
    }

    public org.napacademy.domain.model.curriculum.Module updateModule(long id, long expectedVersion, ModuleDraft draft) {
        access.requirePlanning();
        var module = module(id);
        Versions.requireCurrent(module, MODULE, expectedVersion);
        if (draft.programmeId() != null && !draft.programmeId().equals(module.programme().id()))
            throw new CurriculumRuleViolation("A module stays in its programme");
        if (draft.code() != null && !draft.code().equals(module.code()))
            throw new CurriculumRuleViolation("A module keeps its code " + module.code());
        module.retitle(draft.title());
        module.describe(draft.description(), draft.learningObjectives());
        module.changeDuration(draft.durationMinutes());
        module.placeAt(draft.displayOrder());
        modules.flush();
        return module;
    }

    /** A module that sessions deliver, or that roadmaps cite, stays. */
    public void deleteModule(long id, long expectedVersion) {
        access.requirePlanning();
        var module = module(id);
        Versions.requireCurrent(module, MODULE, expectedVersion);
        if (sessions.anyDelivering(module))
            throw new CurriculumRuleViolation("Sessions deliver module " + module + "; delete them first");
        modules.remove(module);
        Flushes.orRefuse(modules::flush, () -> new CurriculumRuleViolation("Roadmaps cite module " + module));
    }

    // sessions -------------------------------------------------------------------------------------------

    /** In time order. */
    public List<Session> sessionsOf(long cohortId) { return sessions.ofCohort(cohorts.cohort(cohortId)); }

    public Session session(long id) {
        var session = foundSession(id);
        access.requireReadable(session.cohort());
        return session;
    }

    private Session foundSession(long id) {
        var session = sessions.find(id).orElseThrow(() -> new EntityNotFound(SESSION, id));
        session.module().code();
        session.trainers();
        return session;
    }

    /** Within the cohort's dates, of a module of its programme, run by trainers of the cohort. */
    public Session planSession(long cohortId, SessionDraft draft) {
        var cohort = cohorts.cohort(cohortId);
        access.requireCohortPlanning(cohort);
        if (draft.moduleId() == null) throw new IllegalArgumentException("moduleId is required");
        var session = new Session(cohort, module(draft.moduleId()), draft.startsAt(), draft.endsAt(), draft.room());
        if (draft.trainers() != null) draft.trainers().forEach(session::assignTrainer);
        sessions.add(session);
        sessions.flush();
        return session;
    }

    public Session updateSession(long id, long expectedVersion, SessionDraft draft) {
        var session = plannableSession(id);
        Versions.requireCurrent(session, SESSION, expectedVersion);
        if (draft.moduleId() != null && !draft.moduleId().equals(session.module().id()))
            throw new CurriculumRuleViolation("A session keeps its module; plan another session instead");
        session.reschedule(draft.startsAt(), draft.endsAt());
        session.moveToRoom(draft.room());
        if (draft.trainers() != null) {
            new HashSet<>(session.trainers()).stream().filter(t -> !draft.trainers().contains(t)).forEach(session::releaseTrainer);
            draft.trainers().forEach(session::assignTrainer);
        }
        sessions.flush();
        return session;
    }

    /** With its attendance and feedback. */
    public void deleteSession(long id, long expectedVersion) {
        var session = plannableSession(id);
        Versions.requireCurrent(session, SESSION, expectedVersion);
        sessions.remove(session);
        sessions.flush();
    }

    // attendance and feedback ----------------------------------------------------------------------------

    /** One entry per participant of the cohort's delegations, by country, family and given name. */
    public List<AttendanceEntry> attendance(long sessionId) {
        var session = foundSession(sessionId);
        access.requireCohortPersonalData(session.cohort());
        var statuses = new HashMap<Long, AttendanceStatus>();
        sessions.attendanceOf(session).forEach(a -> statuses.put(a.participant().id(), a.status()));
        return delegations.participantsInCohort(session.cohort()).stream()
                .map(p -> new AttendanceEntry(p, statuses.get(p.id())))
                .toList();
    }

    /** All or nothing: one unknown participant or one from another cohort and none is recorded. */
    public List<AttendanceEntry> recordAttendance(long sessionId, List<AttendanceMark> marks) {
        var session = plannableSession(sessionId);
        for (var mark : marks) session.recordAttendance(participant(mark.participantId()), mark.status());
        sessions.flush();
        return attendance(sessionId);
    }

    /**
     * One rate per delegation of the cohort, by country name: PRESENT marks over participants times the sessions
     * whose attendance has been taken (at least one mark recorded).
     */
    public List<AttendanceRate> attendanceRates(long cohortId) {
        var cohort = cohorts.cohort(cohortId);
        var figures = CohortAttendance.of(cohort, sessions);
        var present = new HashMap<Long, Long>();
        delegations.participantsInCohort(cohort)
                .forEach(p -> present.merge(p.delegation().id(), figures.presentCount(p.id()), Long::sum));
        Map<Long, Long> participants = delegations.participantCounts(cohort);
        return delegations.ofCohort(cohort).stream()
                .map(d -> new AttendanceRate(d.id(), d.country().iso2(), participants.getOrDefault(d.id(), 0L), figures.sessionsTaken(),
                        present.getOrDefault(d.id(), 0L)))
                .toList();
    }

    /** The mean rating of the session's feedback; empty without feedback. */
    public OptionalDouble averageRating(long sessionId) {
        return sessions.feedbackOf(session(sessionId)).stream().mapToInt(SessionFeedback::rating).average();
    }

    public List<SessionFeedback> feedback(long sessionId, int offset, int limit) {
        return sessions.feedbackOf(withPersonalData(sessionId), offset, limit);
    }

    public long countFeedback(long sessionId) { return sessions.countFeedback(withPersonalData(sessionId)); }

    public SessionFeedback feedback(long sessionId, long feedbackId) {
        return withPersonalData(sessionId).feedback().stream().filter(f -> f.id().equals(feedbackId)).findFirst()
                .orElseThrow(() -> new EntityNotFound(FEEDBACK, feedbackId));
    }

    public SessionFeedback giveFeedback(long sessionId, FeedbackDraft draft) {
        var session = plannableSession(sessionId);
        var participant = draft.participantId() == null ? null : participant(draft.participantId());
        var feedback = session.collectFeedback(participant, draft.rating(), draft.comment(),
                draft.preSelfAssessment(), draft.postSelfAssessment());
        sessions.flush();
        return feedback;
    }

    private Session plannableSession(long id) {
        var session = foundSession(id);
        access.requireCohortPlanning(session.cohort());
        return session;
    }

    /** Individual feedback is personal data: the cohort's trainers only. */
    private Session withPersonalData(long id) {
        var session = foundSession(id);
        access.requireCohortPersonalData(session.cohort());
        return session;
    }

    /** Named in a request body, so an unknown one is a broken rule of the request, not a missing resource. */
    private Participant participant(long id) {
        return delegations.participant(id).orElseThrow(() -> new CurriculumRuleViolation("No participant with id " + id));
    }
}
