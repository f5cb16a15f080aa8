package org.napacademy.domain.model.programme;

import java.util.List;
import org.napacademy.domain.model.shared.ListOrder;

/** What the programme list shows: programmes whose name contains {@code text} (optional), sorted by one of {@link #SORTS}. */
public record ProgrammeFilter(String text, ListOrder order) {
    /** The properties a programme list sorts by. */
    public static final List<String> SORTS = List.of("name", "cohorts", "delegations", "roadmaps", "endorsed");
    public static final ListOrder BY_NAME = ListOrder.ascending("name");
    public static final ProgrammeFilter ALL = new ProgrammeFilter(null, BY_NAME);

    public ProgrammeFilter {
        if (order == null) order = BY_NAME;
        if (!SORTS.contains(order.property()))
            throw new IllegalArgumentException("sort must be one of " + String.join(", ", SORTS) + ", not " + order.property());
    }
}
