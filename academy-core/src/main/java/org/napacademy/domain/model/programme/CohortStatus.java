package org.napacademy.domain.model.programme;

/** Life of a cohort: planned, convened, accompanied for months, then closed. */
public enum CohortStatus {
    PLANNED, IN_SESSION, ACCOMPANIMENT, CLOSED;

    /** A planned cohort may be called off (closed) before it meets; nothing reopens a closed one. */
    public boolean mayBecome(CohortStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_SESSION || next == CLOSED;
            case IN_SESSION -> next == ACCOMPANIMENT || next == CLOSED;
            case ACCOMPANIMENT -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
