package org.napacademy.infrastructure.demo;

import java.util.List;
import java.util.Map;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * The academy's thematic tags: the four pillars of UN Security Council resolution 1325 on Women, Peace and Security,
 * with the labels the platform showed for them before programmes had their own tags (migration V12 and programme
 * documents of version 1 name them the same).
 */
public final class WpsPillars {
    private WpsPillars() { }

    static final String PARTICIPATION = "PARTICIPATION";
    static final String PREVENTION = "PREVENTION";
    static final String PROTECTION = "PROTECTION";
    static final String RELIEF_AND_RECOVERY = "RELIEF_AND_RECOVERY";

    public static final List<ThematicTag> TAGS = List.of(
            new ThematicTag(PARTICIPATION, new LocalizedText("Participation", "Participación", "Participação", "Participation")),
            new ThematicTag(PREVENTION, new LocalizedText("Prevention", "Prevención", "Prevenção", "Prévention")),
            new ThematicTag(PROTECTION, new LocalizedText("Protection", "Protección", "Proteção", "Protection")),
            new ThematicTag(RELIEF_AND_RECOVERY, new LocalizedText("Relief and recovery", "Socorro y recuperación",
                    "Socorro e recuperação", "Secours et relèvement")));

    /** The academy calls its tags pillars; every other word is the platform's. */
    static final Vocabulary VOCABULARY = new Vocabulary(Map.of(
            Term.TAG, new LocalizedText("Pillar", "Pilar", "Pilar", "Pilier"),
            Term.TAGS, new LocalizedText("Pillars", "Pilares", "Pilares", "Piliers")));
}
