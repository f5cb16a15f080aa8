package org.napacademy.domain.model.governance;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of a network's executive committee was broken. */
public class GovernanceRuleViolation extends DomainRuleViolation {
    public GovernanceRuleViolation(String message) { super(message); }
}
