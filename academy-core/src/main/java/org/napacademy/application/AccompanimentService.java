package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceRequestRepository;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.MentoringNoteRepository;
import org.napacademy.domain.model.accompaniment.MentoringSlot;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;

/** Technical accompaniment: delegations ask for assistance, trainers answer and log mentoring. */
@ApplicationScoped
@Transactional
public class AccompanimentService {

    @Inject AssistanceRequestRepository requests;
    @Inject MentoringNoteRepository notes;
    @Inject DelegationRepository delegations;
    @Inject ModuleRepository modules;
    @Inject Clock clock;
    @Inject AccessPolicy access;

    /** Newest first. */
    public Listing<AssistanceRequest> requestsOf(long delegationId, int offset, int limit) {
        var delegation = delegation(delegationId);
        access.requirePersonalData(delegation);
        return new Listing<>(requests.ofDelegation(delegation, offset, limit), requests.countOf(delegation));
    }

    public AssistanceRequest request(long requestId) {
        var request = foundRequest(requestId);
        access.requirePersonalData(request.delegation());
        return request;
    }

    public AssistanceRequest ask(long delegationId, NewAssistanceRequest command) {
        var delegation = delegation(delegationId);
        access.requireActingFor(delegation);
        var topic = command.moduleId() == null ? null
                : modules.find(command.moduleId()).orElseThrow(() -> new EntityNotFound("module", command.moduleId()));
        var request = new AssistanceRequest(delegation, topic, command.raisedBy(), command.text(),
                Checks.present(command.urgency(), "urgency"), clock.instant());
        requests.add(request);
        requests.flush();
        return request;
    }

    /** A later answer replaces the earlier one; the signed-in trainer is who answered. */
    public AssistanceRequest answer(long requestId, Long expectedVersion, String answer) {
        var request = foundRequest(requestId);
        access.requireAccompanying(request.delegation());
        if (expectedVersion != null) Versions.requireCurrent(request, "assistance request", expectedVersion);
        request.answer(answer, access.actor().username(), clock.instant());
        requests.flush();
        return request;
    }

    /**
     * Arranges the request's mentoring session, or moves it; the request becomes SCHEDULED.
     */
    public MentoringScheduled scheduleMentoring(long requestId, long expectedVersion, NewMentoringSession command) {
        var request = foundRequest(requestId);
        access.requireAccompanying(request.delegation());
        Versions.requireCurrent(request, "assistance request", expectedVersion);
        var first = request.mentoringSession().isEmpty();
        request.scheduleMentoring(new MentoringSlot(command.startsAt(), command.mode(), command.meetingLink()));
        requests.flush();
        return new MentoringScheduled(request, first);
    }

    /** The request is settled: a trainer of the cohort closes it. */
    public AssistanceRequest close(long requestId, long expectedVersion) {
        var request = foundRequest(requestId);
        access.requireAccompanying(request.delegation());
        Versions.requireCurrent(request, "assistance request", expectedVersion);
        request.close(clock.instant());
        requests.flush();
        return request;
    }

    /**
     * One page of the requests the actor may follow (a trainer: of the cohorts they train; a delegate: their
     * delegation's; an administrator: all), filtered and sorted in the database.
     */
    public List<AssistanceRequest> queue(AssistanceFilter filter, AssistanceOrder order, int offset, int limit) {
        access.requireSignedIn();
        return requests.queue(access.accompanimentScope(), filter, order, offset, limit);
    }

    /** How many requests {@link #queue} shows in all. */
    public long countQueue(AssistanceFilter filter) {
        access.requireSignedIn();
        return requests.countQueue(access.accompanimentScope(), filter);
    }

    /** Newest first. */
    public Listing<MentoringNote> notesOf(long delegationId, int offset, int limit) {
        var delegation = delegation(delegationId);
        access.requirePersonalData(delegation);
        return new Listing<>(notes.ofDelegation(delegation, offset, limit), notes.countOf(delegation));
    }

    /** The notes logged on one request, oldest first: a request has a handful at most. */
    public List<MentoringNote> notesOfRequest(long requestId) {
        var request = foundRequest(requestId);
        access.requirePersonalData(request.delegation());
        return notes.ofRequest(request);
    }

    public MentoringNote note(long noteId) {
        var note = notes.find(noteId).orElseThrow(() -> new EntityNotFound("mentoring note", noteId));
        access.requirePersonalData(note.delegation());
        return note;
    }

    public MentoringNote logMentoring(long delegationId, NewMentoringNote command) {
        var delegation = delegation(delegationId);
        access.requireAccompanying(delegation);
        var request = command.requestId() == null ? null : foundRequest(command.requestId());
        var note = new MentoringNote(delegation, request, access.actor().username(),
                Checks.present(command.date(), "date"), command.note());
        notes.add(note);
        notes.flush();
        return note;
    }

    private AssistanceRequest foundRequest(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new EntityNotFound("assistance request", requestId));
    }

    private Delegation delegation(long delegationId) {
        return delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
    }
}
