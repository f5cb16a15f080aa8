package org.napacademy.application;

import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.delegation.Participant;

/** A participant of the session's cohort with their attendance; {@code status} null when not taken yet. */
public record AttendanceEntry(Participant participant, AttendanceStatus status) {
}
