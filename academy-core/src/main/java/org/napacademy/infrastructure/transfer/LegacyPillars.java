package org.napacademy.infrastructure.transfer;

import java.util.List;
import java.util.Map;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * Documents of version 1 named the four pillars of resolution 1325, which every programme then used; they become
 * tags with the labels the platform showed for them (as migration V12 did for the database).
 */
final class LegacyPillars {
    private static final Map<String, LocalizedText> LABELS = Map.of(
            "PARTICIPATION", new LocalizedText("Participation", "Participación", "Participação", "Participation"),
            "PREVENTION", new LocalizedText("Prevention", "Prevención", "Prevenção", "Prévention"),
            "PROTECTION", new LocalizedText("Protection", "Protección", "Proteção", "Protection"),
            "RELIEF_AND_RECOVERY", new LocalizedText("Relief and recovery", "Socorro y recuperación", "Socorro e recuperação",
                    "Secours et relèvement"));
    private static final List<String> ORDER = List.of("PARTICIPATION", "PREVENTION", "PROTECTION", "RELIEF_AND_RECOVERY");

    private LegacyPillars() { }

    static List<ThematicTag> tags(List<String> pillars) {
        pillars.forEach(pillar -> {
            if (!LABELS.containsKey(pillar)) throw new IllegalArgumentException("not a Pillar: " + pillar);
        });
        return ORDER.stream().filter(pillars::contains).map(code -> new ThematicTag(code, LABELS.get(code))).toList();
    }
}
