package org.napacademy.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;

/** A result of a roadmap whose schedule ends on {@code dueOn}, {@code daysLeft} days from today (0: today), not yet done. */
public record DueMilestone(long nodeId, long roadmapId, String title, ResultLevel level, LocalDate dueOn, long daysLeft,
                           ProgressStatus status) {

    static DueMilestone of(ResultNode node, LocalDate today) {
        var dueOn = node.schedule().end();
        return new DueMilestone(node.id(), node.roadmap().id(), node.title(), node.level(), dueOn, ChronoUnit.DAYS.between(today, dueOn),
                node.status());
    }
}
