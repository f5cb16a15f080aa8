package org.napacademy.domain.model.programme;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.napacademy.domain.model.roadmap.ResultLevel;

/**
 * The result levels and thematic tags a programme's roadmaps use. Levels keep their canonical order
 * (GOAL > OUTCOME > OUTPUT > ACTIVITY); a level contains exactly the next level the template uses,
 * so a template of GOAL, OUTPUT and ACTIVITY lets goals hold outputs directly (a programme may call them
 * priority, action and milestone through its {@link Vocabulary}). GOAL is always used. Tags keep the
 * programme's order; a template without tags leaves results untagged.
 */
public record RoadmapTemplate(Set<ResultLevel> levels, List<ThematicTag> tags) {

    public RoadmapTemplate {
        if (levels == null || !levels.contains(ResultLevel.GOAL))
            throw new CohortRuleViolation("A roadmap template must use the GOAL level");
        tags = List.copyOf(tags == null ? List.of() : tags);
        var codes = new HashSet<String>();
        for (var tag : tags)
            if (!codes.add(tag.code())) throw new CohortRuleViolation("The tag " + tag.code() + " appears twice in the template");
        levels = Collections.unmodifiableSet(EnumSet.copyOf(levels));
    }

    /** All four levels, no tags. */
    public static RoadmapTemplate full() { return new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), List.of()); }

    public boolean uses(ResultLevel level) { return levels.contains(level); }

    public boolean usesTags() { return !tags.isEmpty(); }

    public boolean allows(String tagCode) { return tag(tagCode).isPresent(); }

    public Optional<ThematicTag> tag(String code) {
        return code == null ? Optional.empty() : tags.stream().filter(tag -> tag.code().equals(code)).findFirst();
    }

    /** The level directly below {@code level} in this template; empty for the lowest used level. */
    public Optional<ResultLevel> levelBelow(ResultLevel level) {
        return levels.stream().filter(l -> l.ordinal() > level.ordinal()).findFirst();
    }

    public boolean mayContain(ResultLevel parent, ResultLevel child) {
        return uses(parent) && levelBelow(parent).filter(child::equals).isPresent();
    }

    /** The lowest level the template uses: the actions of a roadmap, whatever the programme calls them. */
    public ResultLevel lowestLevel() { return levels.stream().reduce((a, b) -> b).orElseThrow(); }
}
