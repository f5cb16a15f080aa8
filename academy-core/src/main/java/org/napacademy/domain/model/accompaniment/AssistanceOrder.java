package org.napacademy.domain.model.accompaniment;

/** How a queue of assistance requests is sorted; ties go to the older request. */
public enum AssistanceOrder {
    /** Open requests first, then answered and scheduled ones, then closed ones; the oldest first within each. */
    OLDEST_OPEN_FIRST,
    OLDEST_FIRST,
    NEWEST_FIRST,
    MOST_URGENT_FIRST,
    LEAST_URGENT_FIRST
}
