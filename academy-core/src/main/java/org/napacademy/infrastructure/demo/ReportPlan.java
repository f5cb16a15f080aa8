package org.napacademy.infrastructure.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A delegation's progress report: nodes and indicators are named by their titles in its roadmap.
 * {@code acceptedAt} null leaves the report awaiting review.
 */
record ReportPlan(String iso2, DateRange period, String achievements, String obstacles, String nextSteps,
                  String evidenceLink, List<StatusChange> statusChanges, List<Actual> actuals,
                  Instant submittedAt, Instant acceptedAt) {

    record StatusChange(String nodeTitle, ProgressStatus to) { }

    record Actual(String indicatorTitle, BigDecimal value, LocalDate asOf, String comment) {
        Actual(String indicatorTitle, String value, String asOf, String comment) {
            this(indicatorTitle, new BigDecimal(value), LocalDate.parse(asOf), comment);
        }
    }
}
