package org.napacademy.domain.model.curriculum;

/** Whether a participant attended a session. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
