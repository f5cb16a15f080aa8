package org.napacademy.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/**
 * A node of a {@link RoadmapOutline}: what the roadmap screen shows and edits of it, with its derived status and
 * budget totals computed when it was read. Its indicators are not part of it (they are read when the node is
 * opened), so an outline stays small whatever the node measured. Nullable: {@code parentId} for a goal,
 * {@code description}, {@code tag}, {@code assignedDelegationId}, {@code responsibleInstitution}, {@code draftedInModuleId}.
 */
public record NodeOutline(long id, long version, Long parentId, ResultLevel level, String title, String description, String tag,
                          Long assignedDelegationId, String responsibleInstitution, DateRange schedule, ProgressStatus status,
                          ProgressStatus rolledUpStatus, Long draftedInModuleId, List<BudgetLine> budgetLines,
                          Map<String, Money> budgetTotals, List<NodeOutline> children) {

    public NodeOutline {
        budgetLines = List.copyOf(budgetLines);
        budgetTotals = Map.copyOf(budgetTotals);
        children = List.copyOf(children);
    }

    static NodeOutline of(ResultNode node) {
        return new NodeOutline(node.id(), node.version(), node.parent().map(ResultNode::id).orElse(null), node.level(), node.title(),
                node.description().orElse(null), node.tag().orElse(null), node.assignedDelegation().map(d -> d.id()).orElse(null),
                node.responsibleInstitution().orElse(null), Detached.copy(node.schedule()), node.status(), node.rolledUpStatus(),
                node.draftedIn().map(Module::id).orElse(null), node.budgetLines().stream().map(Detached::copy).toList(), node.budgetTotals(),
                node.children().stream().map(NodeOutline::of).toList());
    }

    public Optional<String> optionalDescription() { return Optional.ofNullable(description); }

    public Optional<String> optionalTag() { return Optional.ofNullable(tag); }

    public Optional<String> optionalResponsibleInstitution() { return Optional.ofNullable(responsibleInstitution); }

    /** The node, then its descendants depth first, in the tree's order. */
    public Stream<NodeOutline> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(NodeOutline::selfAndDescendants));
    }

    /** Same node at the same version: a tree keeps its selection across a reload of an unchanged node. */
    @Override public boolean equals(Object other) {
        return other instanceof NodeOutline node && node.id == id && node.version == version;
    }

    /** By id only; the generated hash would walk the whole subtree. */
    @Override public int hashCode() { return Long.hashCode(id); }

    @Override public String toString() { return level + " " + title; }
}
