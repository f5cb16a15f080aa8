package org.napacademy.interfaces.rest;

import org.napacademy.application.RoadmapSummary;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** A roadmap in a list: whose it is, where it stands (its traffic light) and how far it has come. */
public record RoadmapSummaryView(long id, String countryCode, long cohortId, String cohortName, String title,
                                 RoadmapStatus status, ProgressStatus rolledUpStatus, ProgressView progress) {

    static RoadmapSummaryView of(RoadmapSummary summary) {
        return new RoadmapSummaryView(summary.id(), summary.countryCode(), summary.cohortId(), summary.cohortName(),
                summary.title(), summary.status(), summary.rolledUpStatus(), ProgressView.of(summary.progress()));
    }
}
