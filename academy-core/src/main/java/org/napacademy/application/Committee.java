package org.napacademy.application;

import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.programme.Programme;

/** A programme's executive committee, past and present seats in the committee's order, as it stood on {@code today}. */
public record Committee(Programme programme, List<CommitteeSeat> seats, LocalDate today) {

    public Committee {
        seats = List.copyOf(seats);
    }

    /** True while the seat's term covers today. */
    public boolean isCurrent(CommitteeSeat seat) { return seat.isCurrentOn(today); }
}
