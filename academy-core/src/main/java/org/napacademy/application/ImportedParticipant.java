package org.napacademy.application;

import org.napacademy.domain.model.delegation.ParticipantRole;
import org.napacademy.domain.model.delegation.Sex;

/**
 * A participants' file row, in the columns of the participants' export. {@code delegation}: the country as
 * written in the file (null when the column is absent or empty); {@code role} null for MEMBER.
 */
public record ImportedParticipant(String delegation, String familyName, String givenName, String affiliation,
                                  String position, Sex sex, ParticipantRole role, String email) {
}
