package org.napacademy.domain.model.programme;

import java.util.Optional;
import java.util.Set;

/**
 * A programme as the cross-programme list shows it, its figures counted by the database: cohorts, delegations
 * (distinct countries over all its cohorts), roadmaps and how many of them are endorsed.
 */
public record ProgrammeSummary(long id, long version, String name, Set<String> languages, long cohorts,
                               long delegations, long roadmaps, long endorsedRoadmaps) {

    public ProgrammeSummary {
        languages = Set.copyOf(languages);
    }

    /** The share of its roadmaps that are endorsed, 0 to 1; empty while it has none. */
    public Optional<Double> endorsedShare() {
        return roadmaps == 0 ? Optional.empty() : Optional.of((double) endorsedRoadmaps / roadmaps);
    }
}
