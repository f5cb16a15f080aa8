package org.napacademy.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingState;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/**
 * What one delegation took home and did with it: its roadmap's standing, budget, check-ins, the
 * accompaniment it received and its country's NAP status at the cohort's start and now. No names.
 * {@code roadmapId}, {@code roadmapStatus} and {@code status} are null when the delegation has no roadmap;
 * {@code activitiesByStatus} counts its activities by traffic light outside cancelled branches, every status listed.
 */
public record DelegationOutcome(long delegationId, String countryCode, String countryName, long participants,
                                long presences, long sessionsTaken, Long roadmapId, RoadmapStatus roadmapStatus,
                                ProgressStatus status, RoadmapProgress progress, Map<ProgressStatus, Long> activitiesByStatus,
                                List<ReportingPeriod> reportingPeriods,
                                List<BudgetOutcome> budget, OutcomeFigures.Assistance assistance,
                                Optional<Duration> medianResponseTime, NapStatus napAtStart, NapStatus napNow) {

    public DelegationOutcome {
        activitiesByStatus = StatusCounts.everyStatus(activitiesByStatus);
        reportingPeriods = List.copyOf(reportingPeriods);
        budget = List.copyOf(budget);
    }

    public Optional<BigDecimal> attendanceRate() { return Ratios.of(presences, participants * sessionsTaken); }

    /** How many reporting periods are in each state, every state listed. */
    public Map<ReportingState, Long> checkIns() {
        var counts = new EnumMap<ReportingState, Long>(ReportingState.class);
        for (var state : ReportingState.values()) counts.put(state, 0L);
        counts.putAll(reportingPeriods.stream().collect(Collectors.groupingBy(ReportingPeriod::state, Collectors.counting())));
        return counts;
    }

    /** "No update": a due check-in is missing. */
    public boolean noUpdate() { return reportingPeriods.stream().anyMatch(ReportingPeriod::noUpdate); }

    public boolean napChanged() { return napAtStart != napNow; }
}
