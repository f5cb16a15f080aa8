package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.napacademy.application.ReportContent;

/**
 * A draft or returned report's narrative and evidence links, replacing the old ones; status changes and
 * actuals listed here are added to those already applied. The reporting period is fixed.
 */
public record ProgressReportUpdateRequest(@Size(max = 4000) String achievements, @Size(max = 4000) String obstacles,
                                          @Size(max = 4000) String nextSteps,
                                          List<@NotBlank @Size(max = 1000) String> evidenceLinks,
                                          @Valid List<@NotNull StatusChangeRequest> statusChanges,
                                          @Valid List<@NotNull ReportedActualRequest> actuals, Long version) {

    ReportContent content() {
        return ReportContentRequest.of(achievements, obstacles, nextSteps, evidenceLinks, statusChanges, actuals);
    }
}
