package org.napacademy.domain.model.delegation;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of delegations and their participants was broken. */
public class DelegationRuleViolation extends DomainRuleViolation {
    public DelegationRuleViolation(String message) { super(message); }
}
