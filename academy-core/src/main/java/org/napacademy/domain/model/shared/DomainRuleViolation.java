package org.napacademy.domain.model.shared;

/** A business rule was broken. Subclasses name the area so callers can tell them apart. */
public class DomainRuleViolation extends RuntimeException {
    public DomainRuleViolation(String message) { super(message); }
}
