package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import org.napacademy.application.ReportedStatus;
import org.napacademy.domain.model.roadmap.ProgressStatus;

public record StatusChangeRequest(@NotNull Long nodeId, @NotNull ProgressStatus to) {

    ReportedStatus toReported() { return new ReportedStatus(nodeId, to); }
}
