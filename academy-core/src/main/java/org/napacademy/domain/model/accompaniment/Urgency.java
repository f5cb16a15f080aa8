package org.napacademy.domain.model.accompaniment;

/** How soon a delegation needs an answer. */
public enum Urgency {
    LOW, MEDIUM, HIGH
}
