package org.napacademy.interfaces.ui.checkins;

import jakarta.validation.constraints.NotNull;
import org.napacademy.application.ReportedStatus;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;

/** One status change being added in the check-in form: a node of the roadmap and its new status. */
public class StatusEntry {
    @NotNull private ResultNode node;
    @NotNull private ProgressStatus status;

    ReportedStatus toReported() { return new ReportedStatus(node.id(), status); }

    public ResultNode getNode() { return node; }
    public void setNode(ResultNode node) { this.node = node; }
    public ProgressStatus getStatus() { return status; }
    public void setStatus(ProgressStatus status) { this.status = status; }
}
