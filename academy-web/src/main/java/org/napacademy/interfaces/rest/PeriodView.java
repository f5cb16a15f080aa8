package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;

/**
 * A period with its targets, the latest actual of the total and of each sex reported, the achievement of the totals
 * and, except in the whole-roadmap document, its full history of actuals (oldest first).
 */
public record PeriodView(Long id, long version, Long indicatorId, LocalDate startDate, LocalDate endDate,
                         List<MeasurementView> targets, List<MeasurementView> latestActuals, List<MeasurementView> actuals,
                         AchievementView achievement) {

    /** The period with every actual it has. */
    static PeriodView of(Period period) { return of(period, views(period.actuals())); }

    /** The period as the whole-roadmap document shows it: its history of actuals stays under GET /periods/{id}. */
    static PeriodView latest(Period period) { return of(period, null); }

    private static PeriodView of(Period period, List<MeasurementView> actuals) {
        return new PeriodView(period.id(), period.version(), period.indicator().id(), period.dates().start(), period.dates().end(),
                views(period.targets()), views(period.latestActuals()), actuals,
                period.achievement().map(AchievementView::of).orElse(null));
    }

    private static List<MeasurementView> views(List<Measurement> measurements) {
        return measurements.stream().map(MeasurementView::of).toList();
    }

    /** Cheap and consistent with equals; see {@link RoadmapView#hashCode}. */
    @Override public int hashCode() { return Objects.hash(id, version); }
}
