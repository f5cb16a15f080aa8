package org.napacademy.domain.model.delegation;

/** A participant's role in the delegation; a delegation has at most one focal point. */
public enum ParticipantRole {
    FOCAL_POINT, MEMBER
}
