package org.napacademy.infrastructure.transfer;

import java.util.List;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.infrastructure.demo.WpsPillars;

/**
 * Documents of version 1 named the four pillars of resolution 1325, which every programme then used; they become
 * tags with the labels the platform showed for them (as migration V12 did for the database).
 */
final class LegacyPillars {

    private LegacyPillars() { }

    static List<ThematicTag> tags(List<String> pillars) {
        pillars.forEach(pillar -> {
            if (WpsPillars.TAGS.stream().noneMatch(tag -> tag.code().equals(pillar)))
                throw new IllegalArgumentException("not a Pillar: " + pillar);
        });
        return WpsPillars.TAGS.stream().filter(tag -> pillars.contains(tag.code())).toList();
    }
}
