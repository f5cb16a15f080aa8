package org.napacademy.domain.model;

import java.util.EnumSet;
import java.util.List;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.LocalizedText;

/** The WPS academy's thematic tags in tests: the four pillars of resolution 1325, as tag codes. */
public final class Pillar {
    private Pillar() { }

    public static final String PARTICIPATION = "PARTICIPATION";
    public static final String PREVENTION = "PREVENTION";
    public static final String PROTECTION = "PROTECTION";
    public static final String RELIEF_AND_RECOVERY = "RELIEF_AND_RECOVERY";

    public static final List<ThematicTag> TAGS = List.of(
            new ThematicTag(PARTICIPATION, new LocalizedText("Participation", "Participación", "Participação", "Participation")),
            new ThematicTag(PREVENTION, new LocalizedText("Prevention", "Prevención", "Prevenção", "Prévention")),
            new ThematicTag(PROTECTION, new LocalizedText("Protection", "Protección", "Proteção", "Protection")),
            new ThematicTag(RELIEF_AND_RECOVERY, new LocalizedText("Relief and recovery", "Socorro y recuperación",
                    "Socorro e recuperação", "Secours et relèvement")));

    /** All four levels and the four pillars: the academy's template. */
    public static RoadmapTemplate academyTemplate() { return new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), TAGS); }
}
