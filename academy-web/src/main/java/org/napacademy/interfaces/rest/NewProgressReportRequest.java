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
                                       List<@NotBlank @Size(max = 1000) String> evidenceLinks,
                                       @Valid List<@NotNull StatusChangeRequest> statusChanges,
                                       @Valid List<@NotNull ReportedActualRequest> actuals) {

    DateRange reportingPeriod() { return DateRange.of(periodStart, periodEnd); }

    ReportContent content() {
        return ReportContentRequest.of(achievements, obstacles, nextSteps, evidenceLinks, statusChanges, actuals);
    }
}
