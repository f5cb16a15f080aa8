package org.napacademy.application;

import org.napacademy.domain.model.roadmap.ProgressStatus;

/** A node's new status, as a progress report states it. */
public record ReportedStatus(Long nodeId, ProgressStatus to) {
}
