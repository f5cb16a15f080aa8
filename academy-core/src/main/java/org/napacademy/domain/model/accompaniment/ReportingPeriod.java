package org.napacademy.domain.model.accompaniment;

import java.time.LocalDate;
import java.util.Optional;
import org.napacademy.domain.model.shared.DateRange;

/**
 * One period of a delegation's reporting calendar with its state; {@code reportId} names the check-in
 * that decides the state (the accepted one, else the latest submitted one), null when there is none.
 */
public record ReportingPeriod(DateRange dates, LocalDate dueOn, ReportingState state, Long reportId) {

    public Optional<Long> report() { return Optional.ofNullable(reportId); }

    /** True when the period's check-in is due and missing. */
    public boolean noUpdate() { return state.isMissingUpdate(); }
}
