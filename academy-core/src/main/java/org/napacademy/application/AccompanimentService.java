package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceRequestRepository;
import org.napacademy.domain.model.accompaniment.MentoringNote;
import org.napacademy.domain.model.accompaniment.MentoringNoteRepository;
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

    /** Newest first. */
    public Listing<AssistanceRequest> requestsOf(long delegationId, int offset, int limit) {
        var delegation = delegation(delegationId);
        return new Listing<>(requests.ofDelegation(delegation, offset, limit), requests.countOf(delegation));
    }

    public AssistanceRequest request(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new EntityNotFound("assistance request", requestId));
    }

    public AssistanceRequest ask(long delegationId, NewAssistanceRequest command) {
        var topic = command.moduleId() == null ? null
                : modules.find(command.moduleId()).orElseThrow(() -> new EntityNotFound("module", command.moduleId()));
        var request = new AssistanceRequest(delegation(delegationId), topic, command.raisedBy(), command.text(),
                Checks.present(command.urgency(), "urgency"), clock.instant());
        requests.add(request);
        requests.flush();
        return request;
    }

    /** A later answer replaces the earlier one. */
    public AssistanceRequest answer(long requestId, Long expectedVersion, String answer, String trainer) {
        var request = request(requestId);
        if (expectedVersion != null) Versions.requireCurrent(request, "assistance request", expectedVersion);
        request.answer(answer, trainer, clock.instant());
        requests.flush();
        return request;
    }

    /** Newest first. */
    public Listing<MentoringNote> notesOf(long delegationId, int offset, int limit) {
        var delegation = delegation(delegationId);
        return new Listing<>(notes.ofDelegation(delegation, offset, limit), notes.countOf(delegation));
    }

    public MentoringNote note(long noteId) {
        return notes.find(noteId).orElseThrow(() -> new EntityNotFound("mentoring note", noteId));
    }

    public MentoringNote logMentoring(long delegationId, NewMentoringNote command) {
        var request = command.requestId() == null ? null : request(command.requestId());
        var note = new MentoringNote(delegation(delegationId), request, command.trainer(),
                Checks.present(command.date(), "date"), command.note());
        notes.add(note);
        notes.flush();
        return note;
    }

    private Delegation delegation(long delegationId) {
        return delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
    }
}
