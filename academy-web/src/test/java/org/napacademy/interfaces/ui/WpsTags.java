package org.napacademy.interfaces.ui;

import java.util.EnumSet;
import java.util.List;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.LocalizedText;

/** The academy's template in view and export tests: all four levels, the four pillars of resolution 1325 as tags. */
public final class WpsTags {
    private WpsTags() { }

    public static final List<ThematicTag> TAGS = List.of(
            new ThematicTag("PARTICIPATION", new LocalizedText("Participation", "Participación", "Participação", "Participation")),
            new ThematicTag("PREVENTION", new LocalizedText("Prevention", "Prevención", "Prevenção", "Prévention")),
            new ThematicTag("PROTECTION", new LocalizedText("Protection", "Protección", "Proteção", "Protection")),
            new ThematicTag("RELIEF_AND_RECOVERY", new LocalizedText("Relief and recovery", "Socorro y recuperación",
                    "Socorro e recuperação", "Secours et relèvement")));

    /** Gives the programme the academy's template and returns it. */
    public static Programme applyTo(Programme programme) {
        programme.changeTemplate(new RoadmapTemplate(EnumSet.allOf(ResultLevel.class), TAGS));
        return programme;
    }
}
