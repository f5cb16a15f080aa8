package org.napacademy.interfaces.rest;

import org.napacademy.domain.model.accompaniment.StatusChange;
import org.napacademy.domain.model.roadmap.ProgressStatus;

public record StatusChangeView(Long id, Long nodeId, ProgressStatus from, ProgressStatus to) {

    static StatusChangeView of(StatusChange change) {
        return new StatusChangeView(change.id(), change.node().id(), change.from(), change.to());
    }
}
