package org.napacademy.domain.model.accompaniment;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of progress reports, assistance requests or mentoring was broken. */
public class AccompanimentRuleViolation extends DomainRuleViolation {
    public AccompanimentRuleViolation(String message) { super(message); }
}
