package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Participant;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;

/** A participant as the API shows it; language is an ISO 639-1 code or null. */
public record ParticipantView(Long id, long version, Long delegationId, String givenName, String familyName, String email,
                              String institutionName, InstitutionType institutionType, String position, Sex sex,
                              ParticipantRole role, boolean consentToBeListed, String language) {

    static ParticipantView of(Participant participant) {
        var institution = participant.institution();
        return new ParticipantView(participant.id(), participant.version(), participant.delegation().id(),
                participant.givenName(), participant.familyName(), participant.email().orElse(null),
                institution.name(), institution.type(), participant.position().orElse(null), participant.sex(),
                participant.role(), participant.consentsToBeListed(), participant.preferredLanguage().orElse(null));
    }
}
