package org.napacademy.domain.model.certificate;

import org.napacademy.domain.model.shared.DomainRuleViolation;

/** A rule of certificates of participation was broken. */
public class CertificateRuleViolation extends DomainRuleViolation {
    public CertificateRuleViolation(String message) { super(message); }
}
