package org.napacademy.domain.model.programme;

import java.util.List;
import org.napacademy.domain.model.shared.ListOrder;

/**
 * What a cohort list shows: cohorts whose name, programme or city contain {@code text}, in {@code status} (both
 * optional), sorted by one of {@link #SORTS}.
 */
public record CohortFilter(String text, CohortStatus status, ListOrder order) {
    /** The properties a cohort list sorts by. */
    public static final List<String> SORTS = List.of("name", "programme", "city", "start", "status");
    /** Newest first: the cohort people ask about. */
    public static final ListOrder NEWEST_FIRST = ListOrder.descending("start");
    public static final CohortFilter ALL = new CohortFilter(null, null, NEWEST_FIRST);

    public CohortFilter {
        if (order == null) order = NEWEST_FIRST;
        if (!SORTS.contains(order.property()))
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", SORTS) + ", not " + order.property());
    }
}
