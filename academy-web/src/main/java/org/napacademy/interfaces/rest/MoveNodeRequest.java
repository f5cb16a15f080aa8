package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.napacademy.domain.model.shared.DateRange;

/** The node keeps its dates unless both {@code startDate} and {@code endDate} are given. */
public record MoveNodeRequest(@NotNull Long newParentId, LocalDate startDate, LocalDate endDate, Long version) {

    DateRange newSchedule() {
        if ((startDate == null) != (endDate == null))
            throw new IllegalArgumentException("Give both startDate and endDate to reschedule the node, or neither");
        return startDate == null ? null : DateRange.of(startDate, endDate);
    }
}
