package org.napacademy.application;

import java.util.List;

/**
 * What a delegation writes in a progress report: the narrative and evidence links (replaced on each
 * edit), and status changes and actuals (applied to the roadmap when entered, so an edit adds to them).
 */
public record ReportContent(String achievements, String obstacles, String nextSteps, List<String> evidenceLinks,
                            List<ReportedStatus> statusChanges, List<ReportedActual> actuals) {

    public ReportContent {
        evidenceLinks = evidenceLinks == null ? List.of() : evidenceLinks.stream().toList();   // a null link is refused by the report, not here
        statusChanges = statusChanges == null ? List.of() : List.copyOf(statusChanges);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
    }
}
