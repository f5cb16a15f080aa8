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
                                          List<String> evidenceLinks,
                                          @Valid List<@NotNull StatusChangeRequest> statusChanges,
                                          @Valid List<@NotNull ReportedActualRequest> actuals, Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ProgressReportUpdateRequest(String achievements, String obstacles, String nextSteps, List<String> evidenceLinks, List< StatusChangeRequest> statusChanges, List< ReportedActualRequest> actuals, Long version) {
        this.achievements = achievements;
        this.obstacles = obstacles;
        this.nextSteps = nextSteps;
        this.evidenceLinks = evidenceLinks;
        this.statusChanges = statusChanges;
        this.actuals = actuals;
        this.version = version;
    }

    ReportContent content() {
        return ReportContentRequest.of(achievements, obstacles, nextSteps, evidenceLinks, statusChanges, actuals);
    }
}
