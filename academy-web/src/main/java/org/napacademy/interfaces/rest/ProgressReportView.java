package org.napacademy.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;

public record ProgressReportView(Long id, long version, Long delegationId, LocalDate periodStart, LocalDate periodEnd,
                                 String achievements, String obstacles, String nextSteps, List<String> evidenceLinks,
                                 List<StatusChangeView> statusChanges, List<MeasurementView> actuals,
                                 ProgressReportStatus status, Instant submittedAt, String reviewer, Instant reviewedAt,
                                 String reviewComment) {

    static ProgressReportView of(ProgressReport report) {
        return new ProgressReportView(report.id(), report.version(), report.delegation().id(),
                report.reportingPeriod().start(), report.reportingPeriod().end(), report.achievements().orElse(null),
                report.obstacles().orElse(null), report.nextSteps().orElse(null), List.copyOf(report.evidenceLinks()),
                report.statusChanges().stream().map(StatusChangeView::of).toList(),
                report.newActuals().stream().map(MeasurementView::of).toList(), report.status(),
                report.submittedAt().orElse(null), report.reviewerName().orElse(null), report.reviewedAt().orElse(null),
                report.reviewComment().orElse(null));
    }
}
