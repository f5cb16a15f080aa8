package org.napacademy.domain.model.user;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of user accounts was broken. */
public class AccountRuleViolation extends DomainRuleViolation {
    public AccountRuleViolation(String message) { super(message); }
}
