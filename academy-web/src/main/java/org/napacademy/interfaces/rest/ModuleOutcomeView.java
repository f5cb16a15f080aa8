package org.napacademy.interfaces.rest;

import java.util.Map;
import org.napacademy.application.ModuleOutcome;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/** Training-to-plan link: the roadmap nodes drafted in a module, counted by traffic light. */
public record ModuleOutcomeView(long moduleId, String code, String title, long nodes, Map<String, Long> byStatus) {

    static ModuleOutcomeView of(ModuleOutcome module) {
        return new ModuleOutcomeView(module.moduleId(), module.code(), module.title(), module.nodes(),
                Counts.of(ProgressStatus.class, module.byStatus()));
    }
}
