package org.napacademy.domain.model.programme;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.Collections;
import org.napacademy.domain.model.roadmap.Pillar;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * The result levels and pillars a programme's roadmaps use. Levels keep their canonical order
 * (GOAL > OUTCOME > OUTPUT > ACTIVITY); a level contains exactly the next level the template uses,
 * so a template of GOAL and ACTIVITY lets goals hold activities directly. GOAL is always used.
 */
public record RoadmapTemplate(Set<ResultLevel> levels, Set<Pillar> pillars) {

    public RoadmapTemplate {
        if (levels == null || !levels.contains(ResultLevel.GOAL))
            throw new CohortRuleViolation("A roadmap template must use the GOAL level");
        if (pillars == null || pillars.isEmpty())
            throw new CohortRuleViolation("A roadmap template must use at least one pillar");
        levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
        pillars = Collections.unmodifiableSet(EnumSet.copyOf(pillars));
    }

    /** All four levels and all four pillars. */
    public static RoadmapTemplate full() {
        return new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), EnumSet.allOf(Pillar.class));
    }

    public boolean uses(ResultLevel level) { return levels.contains(level); }

    public boolean allows(Pillar pillar) { return pillars.contains(pillar); }

    /** The level directly below {@code level} in this template; empty for the lowest used level. */
    public Optional<ResultLevel> levelBelow(ResultLevel level) {
        return levels.stream().filter(l -> l.ordinal() > level.ordinal()).findFirst();
    }

    public boolean mayContain(ResultLevel parent, ResultLevel child) {
        return uses(parent) && levelBelow(parent).filter(child::equals).isPresent();
    }
}
