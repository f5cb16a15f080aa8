package org.napacademy.domain.model.roadmap;

/** A planned (TARGET) or observed (ACTUAL) value of an indicator in a period. */
public enum MeasurementKind {
    TARGET, ACTUAL
}
