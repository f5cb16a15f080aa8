package org.napacademy.application;

import java.util.List;

/** A programme's cohorts side by side, oldest first. */
public record ProgrammeOutcomes(long programmeId, String name, List<CohortOutcomes> cohorts) {

    public ProgrammeOutcomes {
        cohorts = List.copyOf(cohorts);
    }
}
