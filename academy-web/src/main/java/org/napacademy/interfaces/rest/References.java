package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.ReferenceFramework;

/** An indicator's external reference from its two flat request fields. */
final class References {
    private References() { }

    static ExternalReference of(ReferenceFramework framework, String code) {
        if (framework == null && (code == null || code.isBlank())) return null;
        if (framework == null) throw new IllegalArgumentException("referenceFramework is required with a referenceCode");
        return new ExternalReference(framework, code);
    }
}
