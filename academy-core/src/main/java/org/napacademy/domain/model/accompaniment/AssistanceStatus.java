package org.napacademy.domain.model.accompaniment;

/** Where an assistance request stands. Answered and scheduled requests may still move between the two. */
public enum AssistanceStatus {
    OPEN, ANSWERED, SCHEDULED, CLOSED;

    public boolean mayBecome(AssistanceStatus next) {
        return switch (this) {
            case OPEN -> next == ANSWERED || next == SCHEDULED || next == CLOSED;
            case ANSWERED -> next == SCHEDULED || next == CLOSED;
            case SCHEDULED -> next == ANSWERED || next == CLOSED;
            case CLOSED -> false;
        };
    }
}
