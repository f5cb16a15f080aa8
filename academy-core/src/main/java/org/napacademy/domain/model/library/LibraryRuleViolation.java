package org.napacademy.domain.model.library;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of the resource library was broken. */
public class LibraryRuleViolation extends DomainRuleViolation {
    public LibraryRuleViolation(String message) { super(message); }
}
