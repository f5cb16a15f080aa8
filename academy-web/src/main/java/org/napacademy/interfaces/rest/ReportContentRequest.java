package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.ReportContent;

/** The parts of a progress report its two requests share. */
final class ReportContentRequest {
    private ReportContentRequest() { }

    static ReportContent of(String achievements, String obstacles, String nextSteps, List<String> evidenceLinks,
                            List<StatusChangeRequest> statusChanges, List<ReportedActualRequest> actuals) {
        return new ReportContent(achievements, obstacles, nextSteps, evidenceLinks,
                statusChanges == null ? List.of() : statusChanges.stream().map(StatusChangeRequest::toReported).toList(),
                actuals == null ? List.of() : actuals.stream().map(ReportedActualRequest::toReported).toList());
    }
}
