package org.napacademy.application;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A well-formed document this database will not take: another format or version, or a programme it already holds. */
public class ProgrammeImportRefused extends DomainRuleViolation {
    public ProgrammeImportRefused(String message) { super(message); }
}
