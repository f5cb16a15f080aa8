package org.napacademy.domain.model.country;

/** A step in the life of a National Action Plan, in lifecycle order. */
public enum NapEventType {
    DRAFTING, VALIDATION, ADOPTED, REVIEWED, EXPIRED
}
