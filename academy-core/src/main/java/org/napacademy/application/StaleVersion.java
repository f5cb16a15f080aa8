package org.napacademy.application;

/** A write was based on an older version of the entity than the one stored: it is refused, never merged. */
public class StaleVersion extends RuntimeException {
    private final long expected;
    private final long actual;

    public StaleVersion(String entity, Object id, long expected, long actual) {
        super("The " + entity + " " + id + " was changed by someone else (your version " + expected
                + ", current version " + actual + "); reload it and apply your change again");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
