package org.napacademy.domain.model.country;

/** Where a country stands with its National Action Plan: the type of its latest NAP event, or NONE. */
public enum NapStatus {
    NONE, DRAFTING, VALIDATION, ADOPTED, REVIEWED, EXPIRED;

    public static NapStatus of(NapEventType type) { return valueOf(type.name()); }
}
