package org.napacademy.application;

import java.util.Map;
import org.napacademy.domain.model.roadmap.ProgressStatus;

/**
 * Training-to-plan link: how many roadmap nodes of the cohort were drafted in a module of its programme,
 * counted by their traffic light (rolled-up status), every status listed.
 */
public record ModuleOutcome(long moduleId, String code, String title, long nodes, Map<ProgressStatus, Long> byStatus) {

    public ModuleOutcome {
        byStatus = StatusCounts.everyStatus(byStatus);
    }
}
