package org.napacademy.domain.model.roadmap;

/** Levels of a results chain, highest first. */
public enum ResultLevel {
    GOAL, OUTCOME, OUTPUT, ACTIVITY;

    /**
     * The canonical rule: a level contains exactly the level below it. A programme's template may skip
     * levels; see {@link org.napacademy.domain.model.programme.RoadmapTemplate#mayContain}.
     */
    public boolean mayContain(ResultLevel child) { return child != null && child.ordinal() == ordinal() + 1; }

    /** Outcomes and outputs are measured by indicators; goals and activities are not. */
    public boolean carriesIndicators() { return this == OUTCOME || this == OUTPUT; }
}
