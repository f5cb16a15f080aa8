package org.napacademy.domain.model.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.shared.AbstractEntity;
import java.util.Optional;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A delegation's results roadmap toward its NAP: a forest of goals. Its structure (nodes, schedules,
 * budgets, indicators, periods and targets) changes only in DRAFT; statuses and actual measurements keep
 * moving after endorsement, because that is what accompaniment reports on.
 */
@Entity
@Table(name = "roadmap", uniqueConstraints = @UniqueConstraint(name = "uq_roadmap_delegation", columnNames = "delegation_id"))
public class Roadmap extends AbstractEntity implements Audited {

    @NotNull @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @NotBlank @Size(max = 300) @Column(name = "title", nullable = false, length = 300)
    private String title;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
    private RoadmapStatus status;

    /** Peer learning: the other delegations of the cohort may read it (never change it). */
    @Column(name = "shared_with_cohort", nullable = false)
    private boolean sharedWithCohort;

    /** Roots only; every node also points at its roadmap through roadmap_id for cheap queries. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "root_of_roadmap_id")
    @OrderColumn(name = "root_order")
    private List<ResultNode> goals = new ArrayList<>();

    protected Roadmap() { }               // for JPA only

    public Roadmap(Delegation delegation, String title) {
        this.delegation = Checks.present(delegation, "delegation");
        this.status = RoadmapStatus.DRAFT;
        retitle(title);
    }

    public void retitle(String newTitle) { this.title = Checks.text(newTitle, 300, "roadmap title"); }

    /** Roots of the tree are always goals. */
    public ResultNode addGoal(String goalTitle, Pillar pillar, DateRange schedule) {
        requireDraft();
        var goal = new ResultNode(this, null, ResultLevel.GOAL, goalTitle, pillar, schedule);
        goals.add(goal);
        return goal;
    }

    /** Removes a goal with everything below it. */
    public void removeGoal(ResultNode goal) {
        requireDraft();
        if (!goals.remove(goal)) throw new RoadmapRuleViolation(goal + " is not a goal of this roadmap");
    }

    public void submit() {
        if (goals.isEmpty()) throw new RoadmapRuleViolation("A roadmap needs at least one goal before it is submitted");
        moveTo(RoadmapStatus.SUBMITTED);
    }

    public void endorse() { moveTo(RoadmapStatus.ENDORSED); }

    /** The reviewer sends a submitted roadmap back for changes. */
    public void returnForRevision() {
        if (status != RoadmapStatus.SUBMITTED) throw new RoadmapRuleViolation("Only a submitted roadmap can be returned");
        moveTo(RoadmapStatus.DRAFT);
    }

    /** An endorsed roadmap is opened again for revision (and must be endorsed again). */
    public void reopen() {
        if (status != RoadmapStatus.ENDORSED) throw new RoadmapRuleViolation("Only an endorsed roadmap can be reopened");
        moveTo(RoadmapStatus.DRAFT);
    }

    private void moveTo(RoadmapStatus next) {
        if (!status.mayBecome(next)) throw new RoadmapRuleViolation("A " + status + " roadmap cannot become " + next);
        status = next;
    }

    void requireDraft() {
        if (status != RoadmapStatus.DRAFT)
            throw new RoadmapRuleViolation("The roadmap is " + status + "; its structure changes only in DRAFT");
    }

    public RoadmapTemplate template() { return programme().template(); }

    public Programme programme() { return delegation.cohort().programme(); }

    /** Every node, depth first, goals in order. */
    public List<ResultNode> nodes() { return goals.stream().flatMap(ResultNode::selfAndDescendants).toList(); }

    /** Progress over the branches that are not cancelled. */
    public RoadmapProgress progress() {
        var active = goals.stream().flatMap(ResultNode::activeSelfAndDescendants).toList();
        var activities = active.stream().filter(n -> n.level() == ResultLevel.ACTIVITY).toList();
        var indicators = active.stream().flatMap(n -> n.indicators().stream()).toList();
        var measured = indicators.stream().filter(i -> i.achievement().isPresent()).toList();
        return new RoadmapProgress(activities.size(),
                (int) activities.stream().filter(a -> a.rolledUpStatus() == ProgressStatus.DONE).count(),
                indicators.size(), measured.size(),
                (int) measured.stream().filter(Indicator::isOnTrack).count(),
                measured.stream().map(i -> i.achievement().orElseThrow().ratio()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The traffic light of the whole roadmap, rolled up from its goals as a node's is from its children:
     * NOT_STARTED without goals, CANCELLED when every goal is.
     */
    public ProgressStatus rolledUpStatus() {
        if (goals.isEmpty()) return ProgressStatus.NOT_STARTED;
        return ProgressStatus.rollUp(goals.stream().map(ResultNode::rolledUpStatus).toList()).orElse(ProgressStatus.CANCELLED);
    }

    public Delegation delegation() { return delegation; }

    public String title() { return title; }

    public RoadmapStatus status() { return status; }

    /** Lets the other delegations of the cohort read the roadmap, read-only. */
    public void shareWithCohort() { sharedWithCohort = true; }

    public void stopSharingWithCohort() { sharedWithCohort = false; }

    public boolean isSharedWithCohort() { return sharedWithCohort; }

    public boolean isDraft() { return status == RoadmapStatus.DRAFT; }

    public List<ResultNode> goals() { return Collections.unmodifiableList(goals); }

    @Override public AuditState auditState() {
        return AuditState.of().with("title", title).with("status", status).with("delegation", delegation);
    }

    @Override public Optional<Long> auditRoadmapId() { return Optional.ofNullable(id()); }

    @Override public String toString() { return title; }
}
