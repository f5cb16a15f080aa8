package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.List;
import java.util.stream.Collectors;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.delegation.DelegationRuleViolation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.user.UserAccount;
import org.napacademy.domain.model.user.UserAccountRepository;

/** Country delegations of cohorts and their participants. Every delegation is born with its draft roadmap. */
@ApplicationScoped
@Transactional
public class DelegationService {

    static final String DELEGATION = "delegation";
    static final String PARTICIPANT = "participant";
    /** A new delegation's roadmap is titled in the programme's word, e.g. "Roadmap of Chile"; the delegation retitles it. */
    static final String DEFAULT_ROADMAP_WORD = "Roadmap";

    @Inject DelegationRepository delegations;
    @Inject CohortService cohorts;
    @Inject CountryRepository countries;
    @Inject RoadmapRepository roadmaps;
    @Inject SessionRepository sessions;
    @Inject UserAccountRepository users;
    @Inject AccessPolicy access;

    /** By country name, in three queries whatever the number of delegations. */
    public List<DelegationDetails> ofCohort(long cohortId) {
        var cohort = cohorts.cohort(cohortId);
        var roadmapIds = roadmaps.ofCohort(cohort).stream()
                .filter(roadmap -> !roadmap.isGatheringRoadmap())
                .collect(Collectors.toMap(roadmap -> roadmap.delegation().orElseThrow().id(), Roadmap::id));
        var participantCounts = delegations.participantCounts(cohort);
        return delegations.ofCohort(cohort).stream()
                .map(d -> new DelegationDetails(d, roadmapIds.get(d.id()), participantCounts.getOrDefault(d.id(), 0L)))
                .toList();
    }

    /** Its country and cohort, which every member of the cohort may read; its records are {@link AccessPolicy#requirePersonalData}. */
    public Delegation delegation(long id) {
        var delegation = found(id);
        access.requireReadable(delegation.cohort());
        return delegation;
    }

    public DelegationDetails details(long id) { return detailsOf(delegation(id)); }

    /** One delegation per country per cohort; its empty draft roadmap is created with it. */
    public DelegationDetails create(long cohortId, String countryCode) {
        var cohort = cohorts.cohort(cohortId);
        access.requireCohortPlanning(cohort);
        var country = countries.find(countryCode == null ? "" : countryCode)
                .orElseThrow(() -> new IllegalArgumentException("not a country of the platform: " + countryCode));
        delegations.of(cohort, country).ifPresent(existing -> {
            throw new DelegationRuleViolation(country.name().en() + " already has a delegation in " + cohort);
        });
        var delegation = new Delegation(cohort, country);
        delegations.add(delegation);
        var word = cohort.programme().vocabulary().word(Term.ROADMAP, Locale.ENGLISH).orElse(DEFAULT_ROADMAP_WORD);
        roadmaps.add(new Roadmap(delegation, word + " of " + country.name().en()));
        delegations.flush();
        return detailsOf(delegation);
    }

    /**
     * Only a delegation without participants whose roadmap is still an empty draft goes; the roadmap goes
     * with it and linked delegate accounts lose their link.
     */
    public void delete(long id, long expectedVersion) {
        var delegation = found(id);
        access.requireCohortPlanning(delegation.cohort());
        Versions.requireCurrent(delegation, DELEGATION, expectedVersion);
        if (!delegation.participants().isEmpty())
            throw new DelegationRuleViolation("Delegation " + delegation + " has participants; withdraw them first");
        var roadmap = roadmaps.ofDelegation(delegation);
        if (roadmap.filter(r -> !r.isDraft() || !r.goals().isEmpty()).isPresent())
            throw new DelegationRuleViolation("The roadmap of " + delegation + " has content; it cannot be deleted");
        users.inDelegation(delegation).forEach(UserAccount::leaveDelegation);
        roadmap.ifPresent(roadmaps::remove);
        delegations.remove(delegation);
        Flushes.orRefuse(delegations::flush,
                () -> new DelegationRuleViolation("Delegation " + delegation + " still has reports or requests on record"));
    }

    public List<Participant> participants(long delegationId, int offset, int limit) {
        return delegations.participantsOf(withPersonalData(delegationId), offset, limit);
    }

    public long countParticipants(long delegationId) { return delegations.countParticipants(withPersonalData(delegationId)); }

    public Participant participant(long id) {
        var participant = foundParticipant(id);
        access.requirePersonalData(participant.delegation());
        return participant;
    }

    public Participant enrol(long delegationId, ParticipantDraft draft) {
        var delegation = found(delegationId);
        access.requireCohortPlanning(delegation.cohort());
        var participant = delegation.enrol(draft.givenName(), draft.familyName(), draft.email(),
                institutionOf(draft), draft.position(), draft.sex());
        applyListingAndRole(participant, draft);
        delegations.flush();
        return participant;
    }

    public Participant update(long id, long expectedVersion, ParticipantDraft draft) {
        var participant = plannableParticipant(id);
        Versions.requireCurrent(participant, PARTICIPANT, expectedVersion);
        var email = draft.email() == null ? null : draft.email().trim();
        if (email != null && participant.delegation().participants().stream()
                .anyMatch(other -> !other.sameAs(participant) && other.email().filter(email::equalsIgnoreCase).isPresent()))
            throw new DelegationRuleViolation(email + " is already enrolled in this delegation");
        participant.rename(draft.givenName(), draft.familyName());
        participant.changeEmail(email);
        participant.changeAffiliation(institutionOf(draft), draft.position());
        participant.declareSex(draft.sex());
        applyListingAndRole(participant, draft);
        delegations.flush();
        return participant;
    }

    /** A participant with attendance or named feedback on record stays; record absences instead. */
    public void withdraw(long id, long expectedVersion) {
        var participant = plannableParticipant(id);
        Versions.requireCurrent(participant, PARTICIPANT, expectedVersion);
        if (sessions.hasRecordsOf(participant))
            throw new DelegationRuleViolation(participant + " has attendance or feedback on record and stays in the delegation");
        participant.delegation().withdraw(participant);
        delegations.flush();
    }

    private Delegation found(long id) {
        return delegations.find(id).orElseThrow(() -> new EntityNotFound(DELEGATION, id));
    }

    private Delegation withPersonalData(long id) {
        var delegation = found(id);
        access.requirePersonalData(delegation);
        return delegation;
    }

    private Participant foundParticipant(long id) {
        return delegations.participant(id).orElseThrow(() -> new EntityNotFound(PARTICIPANT, id));
    }

    /** Enrolment is the cohort's trainers' work; the delegation reads its participants. */
    private Participant plannableParticipant(long id) {
        var participant = foundParticipant(id);
        access.requireCohortPlanning(participant.delegation().cohort());
        return participant;
    }

    /** The focal point steps down only by appointing another. */
    private static void applyListingAndRole(Participant participant, ParticipantDraft draft) {
        if (Boolean.TRUE.equals(draft.consentToBeListed())) participant.consentToBeListed();
        else participant.withdrawConsentToBeListed();
        participant.preferLanguage(draft.language() == null || draft.language().isBlank() ? null : draft.language().trim());
        if (draft.role() == ParticipantRole.FOCAL_POINT && !participant.isFocalPoint())
            participant.delegation().appointFocalPoint(participant);
        if (draft.role() == ParticipantRole.MEMBER && participant.isFocalPoint())
            throw new DelegationRuleViolation(participant + " is the focal point; appoint another focal point instead");
    }

    private static Institution institutionOf(ParticipantDraft draft) {
        return new Institution(draft.institutionName(), draft.institutionType());
    }

    private DelegationDetails detailsOf(Delegation delegation) {
        delegation.country().name();
        delegation.cohort().id();
        var roadmapId = roadmaps.ofDelegation(delegation).map(Roadmap::id).orElse(null);
        return new DelegationDetails(delegation, roadmapId, delegation.participants().size());
    }
}
