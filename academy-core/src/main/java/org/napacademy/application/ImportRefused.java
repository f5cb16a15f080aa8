package org.napacademy.application;

/** A file that is not read at all: too large, not of the type it claims, or unreadable (not UTF-8, damaged). */
public class ImportRefused extends RuntimeException {

    public enum Reason { TOO_LARGE, WRONG_TYPE, UNREADABLE }

    private final Reason reason;

    public ImportRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
