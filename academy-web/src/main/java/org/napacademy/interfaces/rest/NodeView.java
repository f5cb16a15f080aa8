package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;

/** One node without its subtree; {@code parentId} absent for a goal. */
public record NodeView(Long id, long version, Long roadmapId, Long parentId, ResultLevel level, String title,
                       String description, String tag, String responsibleInstitution, LocalDate startDate,
                       LocalDate endDate, ProgressStatus status, ProgressStatus rolledUpStatus, Long draftedInModuleId, Long assignedDelegationId,
                       List<BudgetLineView> budgetLines, List<Long> indicatorIds, List<Long> childIds) {

    static NodeView of(ResultNode node) {
        return new NodeView(node.id(), node.version(), node.roadmap().id(), node.parent().map(ResultNode::id).orElse(null),
                node.level(), node.title(), node.description().orElse(null), node.tag().orElse(null),
                node.responsibleInstitution().orElse(null), node.schedule().start(), node.schedule().end(), node.status(),
                node.rolledUpStatus(), node.draftedIn().map(Module::id).orElse(null),
                node.assignedDelegation().map(d -> d.id()).orElse(null),
                node.budgetLines().stream().map(BudgetLineView::of).toList(),
                node.indicators().stream().map(i -> i.id()).toList(),
                node.children().stream().map(ResultNode::id).toList());
    }
}
