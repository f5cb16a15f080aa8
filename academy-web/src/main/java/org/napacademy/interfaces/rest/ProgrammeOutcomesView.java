package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.ProgrammeOutcomes;

/** A programme's cohorts side by side, oldest first, each with the same figures as its own outcomes. */
public record ProgrammeOutcomesView(long programmeId, String name, List<CohortOutcomesView> cohorts) {

    static ProgrammeOutcomesView of(ProgrammeOutcomes outcomes) {
        return new ProgrammeOutcomesView(outcomes.programmeId(), outcomes.name(),
                outcomes.cohorts().stream().map(CohortOutcomesView::of).toList());
    }
}
