package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.domain.model.accompaniment.ReportingState;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * One delegation's outcomes, without personal data: its roadmap's review status and traffic light, progress
 * (with indicator achievement), check-ins per reporting state and "no update", budget per currency,
 * assistance requests answered and their median response time in hours, NAP status at the cohort's start and now.
 */
public record DelegationOutcomeView(long delegationId, String countryCode, String countryName, long participants,
                                    BigDecimal attendanceRate, Long roadmapId, RoadmapStatus roadmapStatus,
                                    ProgressStatus status, ProgressView progress, Map<String, Long> checkIns,
                                    boolean noUpdate, List<BudgetOutcomeView> budget, long assistanceRequests,
                                    long assistanceAnswered, BigDecimal medianResponseHours, NapStatus napAtStart,
                                    NapStatus napNow) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    static DelegationOutcomeView of(DelegationOutcome outcome) {
        return new DelegationOutcomeView(outcome.delegationId(), outcome.countryCode(), outcome.countryName(),
                outcome.participants(), outcome.attendanceRate().orElse(null), outcome.roadmapId(), outcome.roadmapStatus(),
                outcome.status(), ProgressView.of(outcome.progress()), Counts.of(ReportingState.class, outcome.checkIns()),
                outcome.noUpdate(), outcome.budget().stream().map(BudgetOutcomeView::of).toList(),
                outcome.assistance().requests(), outcome.assistance().answered(),
                outcome.medianResponseTime().map(d -> BigDecimal.valueOf(d.toSeconds()).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP))
                        .orElse(null),
                outcome.napAtStart(), outcome.napNow());
    }
}
