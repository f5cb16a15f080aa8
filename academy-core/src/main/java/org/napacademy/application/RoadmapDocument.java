package org.napacademy.application;

import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;

/**
 * A roadmap read whole for a document (PDF, spreadsheet, IATI XML), with the cohort it was drafted in and
 * that cohort's programme and venue loaded, so it can be rendered after the transaction.
 */
public record RoadmapDocument(Roadmap roadmap, Cohort cohort) {

    /** The whole roadmap's status, rolled up from its goals. */
    public ProgressStatus rolledUpStatus() { return RoadmapService.rolledUpStatus(roadmap); }
}
