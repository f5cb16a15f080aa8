package org.napacademy.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import org.napacademy.application.AttendanceEntry;
import org.napacademy.domain.model.curriculum.AttendanceStatus;

/** One participant of the session's cohort and their attendance; status null (written out) when not taken yet. */
@JsonbNillable
public record AttendanceView(Long participantId, Long delegationId, String countryCode, String givenName,
                             String familyName, AttendanceStatus status) {

    static AttendanceView of(AttendanceEntry entry) {
        var participant = entry.participant();
        var delegation = participant.delegation();
        return new AttendanceView(participant.id(), delegation.id(), delegation.country().iso2(),
                participant.givenName(), participant.familyName(), entry.status());
    }
}
