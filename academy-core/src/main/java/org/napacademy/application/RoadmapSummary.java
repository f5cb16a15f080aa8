package org.napacademy.application;

import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * A roadmap as lists show it: whose it is, where it stands and how far it has come. {@code countryCode} is null
 * for a gathering's shared roadmap, which belongs to the whole cohort.
 */
public record RoadmapSummary(long id, String countryCode, long cohortId, String cohortName, String title,
                             RoadmapStatus status, RoadmapProgress progress, ProgressStatus rolledUpStatus) {

    static RoadmapSummary of(Roadmap roadmap) {
        var cohort = roadmap.cohort();
        return new RoadmapSummary(roadmap.id(), roadmap.delegation().map(d -> d.country().iso2()).orElse(null), cohort.id(),
                cohort.name(), roadmap.title(), roadmap.status(), roadmap.progress(),
                RoadmapService.rolledUpStatus(roadmap));
    }
}
