package org.napacademy.domain.model.programme;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of programmes, cohorts or their template was broken. */
public class CohortRuleViolation extends DomainRuleViolation {
    public CohortRuleViolation(String message) { super(message); }
}
