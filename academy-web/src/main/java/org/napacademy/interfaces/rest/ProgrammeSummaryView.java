package org.napacademy.interfaces.rest;

import java.util.Set;
import java.util.TreeSet;
import org.napacademy.domain.model.programme.ProgrammeSummary;

/**
 * A programme beside the others: its cohorts, delegations (distinct countries), roadmaps, endorsed roadmaps and
 * their share (0 to 1, null while it has no roadmap).
 */
public record ProgrammeSummaryView(long id, long version, String name, Set<String> languages, long cohorts,
                                   long delegations, long roadmaps, long endorsedRoadmaps, Double endorsedShare) {

    static ProgrammeSummaryView of(ProgrammeSummary summary) {
        return new ProgrammeSummaryView(summary.id(), summary.version(), summary.name(), new TreeSet<>(summary.languages()),
                summary.cohorts(), summary.delegations(), summary.roadmaps(), summary.endorsedRoadmaps(),
                summary.endorsedShare().orElse(null));
    }
}
