package org.napacademy.application;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** The database cannot be backed up from inside the application (it is not H2): the operator's tools must. */
public class BackupRefused extends DomainRuleViolation {
    public BackupRefused(String message) { super(message); }
}
