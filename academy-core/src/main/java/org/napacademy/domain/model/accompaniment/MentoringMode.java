package org.napacademy.domain.model.accompaniment;

/** How trainer and delegation meet for a mentoring session. */
public enum MentoringMode {
    ONLINE, IN_PERSON
}
