package org.napacademy.domain.model.accompaniment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.AbstractEntity;

/** A node's status change that a progress report brought, from and to. */
@Entity
@Table(name = "status_change")
public class StatusChange extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_report_id", nullable = false)
    private ProgressReport report;

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_node_id", nullable = false)
    private ResultNode node;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "from_status", nullable = false, length = 20)
    private ProgressStatus from;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "to_status", nullable = false, length = 20)
    private ProgressStatus to;

    protected StatusChange() { }          // for JPA only

    StatusChange(ProgressReport report, ResultNode node, ProgressStatus from, ProgressStatus to) {
        this.report = report;
        this.node = node;
        this.from = from;
        this.to = to;
    }

    public ProgressReport report() { return report; }

    public ResultNode node() { return node; }

    public ProgressStatus from() { return from; }

    public ProgressStatus to() { return to; }

    @Override public String toString() { return node + ": " + from + " -> " + to; }
}
