package org.napacademy.domain.model.roadmap;

/** A roadmap is drafted, submitted for review, then endorsed; review can send it back to draft. */
public enum RoadmapStatus {
    DRAFT, SUBMITTED, ENDORSED;

    public boolean mayBecome(RoadmapStatus next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> next == ENDORSED || next == DRAFT;
            case ENDORSED -> next == DRAFT;
        };
    }
}
