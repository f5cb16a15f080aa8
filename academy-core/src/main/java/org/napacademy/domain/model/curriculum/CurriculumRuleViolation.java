package org.napacademy.domain.model.curriculum;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of modules, sessions, attendance or feedback was broken. */
public class CurriculumRuleViolation extends DomainRuleViolation {
    public CurriculumRuleViolation(String message) { super(message); }
}
