package org.napacademy.application;

/**
 * Input the domain needs, checked at the door: the domain's own null checks throw NullPointerException,
 * which callers would see as a server failure rather than as their mistake.
 */
final class Required {
    private Required() { }

    static <T> T value(T value, String what) {
        if (value == null) throw new IllegalArgumentException(what + " is required");
        return value;
    }
}
