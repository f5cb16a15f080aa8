package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.napacademy.application.AttendanceMark;
import org.napacademy.domain.model.curriculum.AttendanceStatus;

/** One element of the array PUT to /sessions/{id}/attendance. */
public record AttendanceRequest(@NotNull Long participantId, @NotNull AttendanceStatus status) {

    AttendanceMark toMark() { return new AttendanceMark(participantId, status); }
}
