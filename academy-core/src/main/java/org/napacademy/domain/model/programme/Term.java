package org.napacademy.domain.model.programme;

/**
 * The words a programme may name in its own way. A programme that leaves one unnamed uses the platform's
 * word (cohort, delegation, roadmap, tag, and the result levels goal, outcome, output, activity).
 */
public enum Term {
    COHORT, COHORTS, DELEGATION, DELEGATIONS, ROADMAP, ROADMAPS, TAG, TAGS, GOAL, OUTCOME, OUTPUT, ACTIVITY;

    /** The term naming a result level, e.g. GOAL for a programme that calls its goals "priorities". */
    public static Term of(org.napacademy.domain.model.roadmap.ResultLevel level) { return valueOf(level.name()); }
}
