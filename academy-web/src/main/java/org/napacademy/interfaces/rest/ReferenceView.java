package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.ReferenceFramework;

public record ReferenceView(ReferenceFramework framework, String code) {

    static ReferenceView of(ExternalReference reference) {
        return new ReferenceView(reference.framework(), reference.code());
    }
}
