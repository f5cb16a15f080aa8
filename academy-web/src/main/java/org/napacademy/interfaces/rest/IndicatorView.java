package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;

/** An indicator with its periods, its latest achievement (of the totals) and whether it keeps pace. */
public record IndicatorView(Long id, long version, Long nodeId, String title, IndicatorUnit unit, boolean ascending,
                            BigDecimal baselineValue, LocalDate baselineDate, String meansOfVerification,
                            boolean disaggregatedBySex, ReferenceView reference, List<PeriodView> periods,
                            AchievementView latestAchievement, boolean onTrack) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator.id(), indicator.version(), indicator.node().id(), indicator.title(), indicator.unit(),
                indicator.isAscending(), indicator.baselineValue().orElse(null), indicator.baselineDate().orElse(null),
                indicator.meansOfVerification().orElse(null), indicator.isDisaggregatedBySex(),
                indicator.reference().map(ReferenceView::of).orElse(null),
                indicator.periods().stream().map(PeriodView::of).toList(),
                indicator.achievement().map(AchievementView::of).orElse(null), indicator.isOnTrack());
    }
}
