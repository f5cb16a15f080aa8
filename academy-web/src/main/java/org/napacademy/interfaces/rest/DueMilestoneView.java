package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import org.napacademy.application.DueMilestone;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;

/** A roadmap result ending within the reminder window and not done; {@code daysLeft} 0 means today. */
public record DueMilestoneView(long nodeId, long roadmapId, String title, ResultLevel level, LocalDate dueOn, long daysLeft,
                               ProgressStatus status) {

    static DueMilestoneView of(DueMilestone due) {
        return new DueMilestoneView(due.nodeId(), due.roadmapId(), due.title(), due.level(), due.dueOn(), due.daysLeft(), due.status());
    }
}
