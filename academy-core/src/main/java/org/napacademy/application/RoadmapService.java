package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.curriculum.ModuleRepository;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;

/** Roadmaps and their result trees: reading them whole, editing nodes, budgets and the review status. */
@ApplicationScoped
@Transactional
public class RoadmapService {

    @Inject RoadmapRepository roadmaps;
    @Inject DelegationRepository delegations;
    @Inject ModuleRepository modules;
    @Inject ProgressReportRepository reports;
    @Inject AccessPolicy access;

    /** The roadmap with its whole tree loaded, ready to be read after the transaction. */
    public Roadmap whole(long roadmapId) {
        var roadmap = roadmaps.whole(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
        access.requireReadable(roadmap);
        return roadmap;
    }

    /**
     * The roadmap whole, read-only, for answers that only show it (the roadmap document): the persistence cache's
     * shared instances rather than working copies, so a read of a large tree copies nothing. Never change them.
     */
    public Roadmap wholeToRead(long roadmapId) {
        var roadmap = roadmaps.wholeReadOnly(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
        access.requireReadable(roadmap);
        return roadmap;
    }

    /**
     * The roadmap as its screen shows and keeps it ({@link RoadmapOutline}: values only, so an open screen holds no
     * persistence graph), with what the signed-in user may do with it.
     */
    public RoadmapOutline outline(long roadmapId) {
        var roadmap = wholeToRead(roadmapId);
        return RoadmapOutline.of(roadmap, access.mayEdit(roadmap), access.mayReview(roadmap));
    }

    /** The delegation's roadmap, whole. */
    public Roadmap wholeOfDelegation(long delegationId) { return whole(roadmapIdOfDelegation(delegationId)); }

    /** The delegation's roadmap, whole and read-only as {@link #wholeToRead}. */
    public Roadmap wholeOfDelegationToRead(long delegationId) { return wholeToRead(roadmapIdOfDelegation(delegationId)); }

    private long roadmapIdOfDelegation(long delegationId) {
        var delegation = delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
        return roadmaps.ofDelegation(delegation).orElseThrow(() -> new EntityNotFound("roadmap of delegation", delegationId)).id();
    }

    /** The roadmap of the signed-in delegate's delegation, for their "My roadmap"; empty for everyone else. */
    public java.util.Optional<Long> ownRoadmapId() {
        return access.ownDelegation().flatMap(delegations::find).flatMap(roadmaps::ofDelegation).map(Roadmap::id);
    }

    /** A page of the roadmaps the actor may read, newest cohort first, each with its progress. */
    public List<RoadmapSummary> summaries(int offset, int limit) { return summaries(RoadmapFilter.ALL, offset, limit); }

    /** A page of the roadmaps the user may see that pass the filter, in its order. */
    public List<RoadmapSummary> summaries(RoadmapFilter filter, int offset, int limit) {
        access.requireSignedIn();
        return roadmaps.wholePage(access.roadmapScope(), filter, offset, limit).stream().map(RoadmapSummary::of).toList();
    }

    public long countRoadmaps() { return countRoadmaps(RoadmapFilter.ALL); }

    public long countRoadmaps(RoadmapFilter filter) {
        access.requireSignedIn();
        return roadmaps.count(access.roadmapScope(), filter);
    }

    /**
     * The roadmap whole, with its cohort and its programme's template read too, for screens that keep
     * working on it after the transaction (which levels may be added, which tags offered, the programme's words,
     * the gathering's delegations and endorsements).
     */
    public Roadmap wholeForEditing(long roadmapId) {
        var roadmap = whole(roadmapId);
        roadmap.cohort().name();
        roadmap.programme().vocabulary();
        roadmap.template();
        roadmap.delegation().ifPresent(d -> d.country().iso2());
        roadmap.endorsements().forEach(e -> e.delegation().country().iso2());
        roadmap.nodes().forEach(n -> n.assignedDelegation().ifPresent(d -> d.country().iso2()));
        return roadmap;
    }

    public Roadmap retitle(long roadmapId, long expectedVersion, String title) {
        var roadmap = editable(roadmapId);
        Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        roadmap.retitle(title);
        roadmaps.flush();
        return roadmap;
    }

    /**
     * Moves the roadmap to {@code next}: DRAFT to SUBMITTED submits, SUBMITTED to ENDORSED endorses,
     * SUBMITTED to DRAFT returns it for revision, ENDORSED to DRAFT reopens it; the roadmap refuses the rest.
     * {@code expectedVersion} may be null: a transition is checked against the current status anyway.
     */
    public Roadmap changeStatus(long roadmapId, Long expectedVersion, RoadmapStatus next) {
        var roadmap = roadmap(roadmapId);
        // the delegation submits its roadmap; the cohort's trainers endorse, return and reopen it
        if (Checks.present(next, "status") == RoadmapStatus.SUBMITTED) access.requireEditable(roadmap);
        else access.requireReview(roadmap);
        if (expectedVersion != null) Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        switch (next) {
            case SUBMITTED -> roadmap.submit();
            case ENDORSED -> roadmap.endorse();
            case DRAFT -> {
                if (roadmap.status() == RoadmapStatus.ENDORSED) roadmap.reopen();
                else roadmap.returnForRevision();
            }
        }
        roadmaps.flush();
        return roadmap;
    }

    /** The roadmap's nodes in tree order (depth first, goals and children in their order). */
    public Listing<ResultNode> nodes(long roadmapId, int offset, int limit) {
        return Listing.slice(whole(roadmapId).nodes(), offset, limit);
    }

    public ResultNode node(long nodeId) {
        var node = foundNode(nodeId);
        access.requireReadable(node.roadmap());
        return node;
    }

    /**
     * Shares the roadmap read-only with the other delegations of its cohort ({@code shared}), or stops;
     * only its own delegation (or an administrator) decides.
     */
    public Roadmap share(long roadmapId, long expectedVersion, boolean shared) {
        var roadmap = roadmap(roadmapId);
        access.requireSharing(roadmap);
        Versions.requireCurrent(roadmap, "roadmap", expectedVersion);
        if (shared) roadmap.shareWithCohort();
        else roadmap.stopSharingWithCohort();
        roadmaps.flush();
        return roadmap;
    }

    public ResultNode addNode(long roadmapId, NewNode command) {
        var roadmap = editable(roadmapId);
        var details = command.details();
        var schedule = Checks.present(details.schedule(), "schedule");
        ResultNode node;
        if (command.parentId() == null) {
            if (command.level() != null && command.level() != ResultLevel.GOAL)
                throw new RoadmapRuleViolation("Only a GOAL stands at the root of a roadmap; a " + command.level() + " needs a parent");
            node = roadmap.addGoal(details.title(), details.tag(), schedule);
        } else {
            var parent = foundNode(command.parentId());
            if (!parent.roadmap().sameAs(roadmap))
                throw new RoadmapRuleViolation("Node " + command.parentId() + " belongs to another roadmap");
            node = parent.addChild(Checks.present(command.level(), "level"), details.title(), schedule);
        }
        apply(node, details);
        roadmaps.flush();
        return node;
    }

    /** Replaces the editable fields; the tag and the schedule are only touched when they change. */
    public ResultNode updateNode(long nodeId, long expectedVersion, NodeDetails details) {
        var node = editableNode(nodeId);
        Versions.requireCurrent(node, "node", expectedVersion);
        node.rename(details.title());
        var schedule = Checks.present(details.schedule(), "schedule");
        if (!schedule.equals(node.schedule())) node.reschedule(schedule);
        apply(node, details);
        roadmaps.flush();
        return node;
    }

    /** Moves the node and its subtree under another parent, keeping its dates unless new ones are given. */
    public ResultNode moveNode(long nodeId, long expectedVersion, long newParentId, DateRange newSchedule) {
        var node = editableNode(nodeId);
        Versions.requireCurrent(node, "node", expectedVersion);
        node.moveTo(foundNode(newParentId), newSchedule == null ? node.schedule() : newSchedule);
        roadmaps.flush();
        return node;
    }

    public ResultNode replaceBudgetLines(long nodeId, long expectedVersion, List<BudgetLine> lines) {
        var node = editableNode(nodeId);
        Versions.requireCurrent(node, "node", expectedVersion);
        List.copyOf(node.budgetLines()).forEach(node::removeBudgetLine);
        lines.forEach(node::addBudgetLine);
        roadmaps.flush();
        return node;
    }

    /**
     * Deletes the node with its subtree. A subtree that progress reports speak of stays, because the
     * reports are the record of what happened: cancel it instead.
     */
    public void deleteNode(long nodeId, long expectedVersion) {
        var node = editableNode(nodeId);
        Versions.requireCurrent(node, "node", expectedVersion);
        if (reports.reportedOn(subtree(node).toList()))
            throw new RoadmapRuleViolation(node + " has progress reported on it; set its status to CANCELLED instead");
        node.parent().ifPresentOrElse(parent -> parent.removeChild(node), () -> node.roadmap().removeGoal(node));
        roadmaps.removeNode(node);
        roadmaps.flush();
    }

    /** The status of the whole roadmap; see {@link Roadmap#rolledUpStatus()}. */
    public static ProgressStatus rolledUpStatus(Roadmap roadmap) { return roadmap.rolledUpStatus(); }

    private void apply(ResultNode node, NodeDetails details) {
        node.describe(details.description());
        node.assignResponsibility(details.responsibleInstitution());
        if (details.tag() != null && !details.tag().equals(node.tag().orElse(null))) node.assignTag(details.tag());
        var assigneeId = details.assignedDelegationId();
        if (!Objects.equals(assigneeId, node.assignedDelegation().map(d -> d.id()).orElse(null)))
            node.assignTo(assigneeId == null ? null
                    : delegations.find(assigneeId).orElseThrow(() -> new EntityNotFound("delegation", assigneeId)));
        if (details.status() != null) node.changeStatus(details.status());
        var moduleId = details.draftedInModuleId();
        var currentModuleId = node.draftedIn().map(m -> m.id()).orElse(null);
        if (!Objects.equals(moduleId, currentModuleId))
            node.markDraftedIn(moduleId == null ? null : modules.find(moduleId).orElseThrow(() -> new EntityNotFound("module", moduleId)));
    }

    private ResultNode foundNode(long nodeId) {
        return roadmaps.node(nodeId).orElseThrow(() -> new EntityNotFound("node", nodeId));
    }

    private ResultNode editableNode(long nodeId) {
        var node = foundNode(nodeId);
        access.requireEditable(node.roadmap());
        return node;
    }

    private Roadmap editable(long roadmapId) {
        var roadmap = roadmap(roadmapId);
        access.requireEditable(roadmap);
        return roadmap;
    }

    private Roadmap roadmap(long roadmapId) {
        return roadmaps.find(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
    }

    static Stream<ResultNode> subtree(ResultNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(RoadmapService::subtree));
    }
}
