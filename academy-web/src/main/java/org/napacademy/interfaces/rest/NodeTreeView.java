package org.napacademy.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;

/** A node of the whole-roadmap document, with its indicators and its children in their order. */
public record NodeTreeView(Long id, long version, ResultLevel level, String title, String description, String tag,
                           String responsibleInstitution, LocalDate startDate, LocalDate endDate, ProgressStatus status,
                           ProgressStatus rolledUpStatus, Long draftedInModuleId, Long assignedDelegationId, List<BudgetLineView> budgetLines,
                           List<IndicatorView> indicators, List<NodeTreeView> children) {

    static NodeTreeView of(ResultNode node) {
        return new NodeTreeView(node.id(), node.version(), node.level(), node.title(), node.description().orElse(null),
                node.tag().orElse(null), node.responsibleInstitution().orElse(null), node.schedule().start(), node.schedule().end(),
                node.status(), node.rolledUpStatus(), node.draftedIn().map(Module::id).orElse(null),
                node.assignedDelegation().map(d -> d.id()).orElse(null),
                node.budgetLines().stream().map(BudgetLineView::of).toList(),
                node.indicators().stream().map(IndicatorView::inRoadmap).toList(),
                node.children().stream().map(NodeTreeView::of).toList());
    }

    /** Cheap and consistent with equals; see {@link RoadmapView#hashCode}. */
    @Override public int hashCode() { return Objects.hash(id, version); }
}
