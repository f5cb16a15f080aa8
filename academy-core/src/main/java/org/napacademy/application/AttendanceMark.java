package org.napacademy.application;

import org.napacademy.domain.model.curriculum.AttendanceStatus;

/** One participant's attendance to record. */
public record AttendanceMark(long participantId, AttendanceStatus status) {
}
