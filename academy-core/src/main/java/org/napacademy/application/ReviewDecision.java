package org.napacademy.application;

/** What a trainer decides on a submitted progress report. */
public enum ReviewDecision {
    ACCEPTED, RETURNED
}
