package org.napacademy.application;

import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** A roadmap as lists show it: whose it is, where it stands and how far it has come. */
public record RoadmapSummary(long id, String countryCode, long cohortId, String cohortName, String title,
                             RoadmapStatus status, RoadmapProgress progress, ProgressStatus rolledUpStatus) {

    static RoadmapSummary of(Roadmap roadmap) {
        var delegation = roadmap.delegation();
        return new RoadmapSummary(roadmap.id(), delegation.country().iso2(), delegation.cohort().id(),
                delegation.cohort().name(), roadmap.title(), roadmap.status(), roadmap.progress(),
                RoadmapService.rolledUpStatus(roadmap));
    }
}
