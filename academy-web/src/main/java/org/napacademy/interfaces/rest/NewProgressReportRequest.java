package org.napacademy.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.application.ReportContent;
import org.napacademy.domain.model.shared.DateRange;

/** A draft report; its status changes and actuals apply to the roadmap at once, all of them or none. */
public record NewProgressReportRequest(@NotNull LocalDate periodStart, @NotNull LocalDate periodEnd,
                                       @Size(max = 4000) String achievements, @Size(max = 4000) String obstacles,
                                       @Size(max = 4000) String nextSteps,
                                       List<String> evidenceLinks,
                                       @Valid List<@NotNull StatusChangeRequest> statusChanges,
                                       @Valid List<@NotNull ReportedActualRequest> actuals) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewProgressReportRequest(LocalDate periodStart, LocalDate periodEnd, String achievements, String obstacles, String nextSteps, List<String> evidenceLinks, List< StatusChangeRequest> statusChanges, List< ReportedActualRequest> actuals) {
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.achievements = achievements;
        this.obstacles = obstacles;
        this.nextSteps = nextSteps;
        this.evidenceLinks = evidenceLinks;
        this.statusChanges = statusChanges;
        this.actuals = actuals;
    }

    DateRange reportingPeriod() { return DateRange.of(periodStart, periodEnd); }

    ReportContent content() {
        return ReportContentRequest.of(achievements, obstacles, nextSteps, evidenceLinks, statusChanges, actuals);
    }
}
