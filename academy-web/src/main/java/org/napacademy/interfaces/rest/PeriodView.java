package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.roadmap.Period;

/** A period with its targets, its actuals (oldest first) and the achievement of the totals. */
public record PeriodView(Long id, long version, Long indicatorId, LocalDate startDate, LocalDate endDate,
                         List<MeasurementView> targets, List<MeasurementView> actuals, AchievementView achievement) {

    static PeriodView of(Period period) {
        return new PeriodView(period.id(), period.version(), period.indicator().id(), period.dates().start(), period.dates().end(),
                period.targets().stream().map(MeasurementView::of).toList(),
                period.actuals().stream().map(MeasurementView::of).toList(),
                period.achievement().map(AchievementView::of).orElse(null));
    }
}
