package org.napacademy.domain.model.roadmap;

import java.util.List;
import org.napacademy.domain.model.shared.ListOrder;

/**
 * What a roadmap list shows: roadmaps whose title, cohort or country (its code or its name in any of the four
 * languages) contain {@code text}, in {@code status} (both optional), sorted by one of {@link #SORTS}.
 */
public record RoadmapFilter(String text, RoadmapStatus status, ListOrder order) {
    /** The properties a roadmap list sorts by. */
    public static final List<String> SORTS = List.of("country", "cohort", "title", "status", "start");
    /** The newest cohort's roadmaps first, by country. */
    public static final ListOrder NEWEST_FIRST = ListOrder.descending("start");
    public static final RoadmapFilter ALL = new RoadmapFilter(null, null, NEWEST_FIRST);

    public RoadmapFilter {
        if (order == null) order = NEWEST_FIRST;
        if (!SORTS.contains(order.property()))
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", SORTS) + ", not " + order.property());
    }
}
