package org.napacademy.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.Period;

/** An indicator with its periods (see {@link PeriodView}), its latest achievement (of the totals) and whether it keeps pace. */
public record IndicatorView(Long id, long version, Long nodeId, String title, IndicatorUnit unit, boolean ascending,
                            BigDecimal baselineValue, LocalDate baselineDate, String meansOfVerification,
                            boolean disaggregatedBySex, ReferenceView reference, List<PeriodView> periods,
                            AchievementView latestAchievement, boolean onTrack) {

    /** The indicator with each period's whole history of actuals. */
    static IndicatorView of(Indicator indicator) { return of(indicator, PeriodView::of); }

    /** The indicator as the whole-roadmap document shows it: each period with its targets and latest actuals. */
    static IndicatorView inRoadmap(Indicator indicator) { return of(indicator, PeriodView::latest); }

    private static IndicatorView of(Indicator indicator, Function<Period, PeriodView> periodView) {
        return new IndicatorView(indicator.id(), indicator.version(), indicator.node().id(), indicator.title(), indicator.unit(),
                indicator.isAscending(), indicator.baselineValue().orElse(null), indicator.baselineDate().orElse(null),
                indicator.meansOfVerification().orElse(null), indicator.isDisaggregatedBySex(),
                indicator.reference().map(ReferenceView::of).orElse(null),
                indicator.periods().stream().map(periodView).toList(),
                indicator.achievement().map(AchievementView::of).orElse(null), indicator.isOnTrack());
    }

    /** Cheap and consistent with equals; see {@link RoadmapView#hashCode}. */
    @Override public int hashCode() { return Objects.hash(id, version); }
}
