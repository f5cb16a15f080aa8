package org.napacademy.application;

import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;

/**
 * The editable facts of a participant. {@code role} null keeps the role (MEMBER for a new participant);
 * {@code consentToBeListed} null counts as no consent; {@code language} is an ISO 639-1 code or null.
 */
public record ParticipantDraft(String givenName, String familyName, String email, String institutionName,
                               InstitutionType institutionType, String position, Sex sex, ParticipantRole role,
                               Boolean consentToBeListed, String language) {
}
