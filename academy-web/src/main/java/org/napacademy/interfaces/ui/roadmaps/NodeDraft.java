package org.napacademy.interfaces.ui.roadmaps;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.napacademy.application.NewNode;
import org.napacademy.application.NodeOutline;
import org.napacademy.application.NodeDetails;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The node form's bean, mirroring the REST NodeUpdateRequest. A new node has no id: it goes under
 * {@code parentId} (none for a goal) at {@code level}.
 */
public class NodeDraft {
    private Long id;
    private long version;
    private Long parentId;
    private ResultLevel level;

    @NotBlank @Size(max = 300) private String title;
    @Size(max = 4000) private String description;
    /** One of the programme's tag codes; required by the form when the programme uses tags. */
    @Size(max = 40) private String tag;
    @Size(max = 300) private String responsibleInstitution;
    @NotNull private LocalDate startDate;
    @NotNull private LocalDate endDate;
    @NotNull private ProgressStatus status;
    private Long draftedInModuleId;
    private Long assignedDelegationId;

    static NodeDraft of(NodeOutline node) {
        var draft = new NodeDraft();
        draft.id = node.id();
        draft.version = node.version();
        draft.parentId = node.parentId();
        draft.level = node.level();
        draft.title = node.title();
        draft.description = node.description();
        draft.tag = node.tag();
        draft.assignedDelegationId = node.assignedDelegationId();
        draft.responsibleInstitution = node.responsibleInstitution();
        draft.startDate = node.schedule().start();
        draft.endDate = node.schedule().end();
        draft.status = node.status();
        draft.draftedInModuleId = node.draftedInModuleId();
        return draft;
    }

    /** A new child at {@code level}, with the parent's tag, dates and institution to start from. */
    static NodeDraft childOf(NodeOutline parent, ResultLevel level) {
        var draft = new NodeDraft();
        draft.parentId = parent.id();
        draft.level = level;
        draft.tag = parent.tag();
        draft.responsibleInstitution = parent.responsibleInstitution();
        draft.startDate = parent.schedule().start();
        draft.endDate = parent.schedule().end();
        draft.status = ProgressStatus.NOT_STARTED;
        return draft;
    }

    static NodeDraft newGoal(LocalDate start, LocalDate end) {
        var draft = new NodeDraft();
        draft.level = ResultLevel.GOAL;
        draft.startDate = start;
        draft.endDate = end;
        draft.status = ProgressStatus.NOT_STARTED;
        return draft;
    }

    boolean isNew() { return id == null; }

    NodeDetails toDetails() {
        return new NodeDetails(title, description, tag, responsibleInstitution, DateRange.of(startDate, endDate), status,
                draftedInModuleId, assignedDelegationId);
    }

    NewNode toNewNode() { return new NewNode(parentId, level, toDetails()); }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getParentId() { return parentId; }
    public ResultLevel getLevel() { return level; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public String getResponsibleInstitution() { return responsibleInstitution; }
    public void setResponsibleInstitution(String responsibleInstitution) { this.responsibleInstitution = responsibleInstitution; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public ProgressStatus getStatus() { return status; }
    public void setStatus(ProgressStatus status) { this.status = status; }
    public Long getDraftedInModuleId() { return draftedInModuleId; }
    public void setDraftedInModuleId(Long draftedInModuleId) { this.draftedInModuleId = draftedInModuleId; }
    public Long getAssignedDelegationId() { return assignedDelegationId; }
    public void setAssignedDelegationId(Long assignedDelegationId) { this.assignedDelegationId = assignedDelegationId; }
}
