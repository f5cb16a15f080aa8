package org.napacademy.domain.model.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.ManyToOne;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.shared.AbstractEntity;
import java.util.Optional;
import java.util.stream.Stream;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A results roadmap: a forest of goals. Either a delegation's own (toward its NAP) or a gathering's shared one
 * (an outcome document adopted by the cohort, endorsed by its delegations, with results assigned to them). Its structure (nodes, schedules,
 * budgets, indicators, periods and targets) changes only in DRAFT; statuses and actual measurements keep
 * moving after endorsement, because that is what accompaniment reports on.
 */
@Entity
@Table(name = "roadmap", uniqueConstraints = @UniqueConstraint(name = "uq_roadmap_delegation", columnNames = "delegation_id"))
public class Roadmap extends AbstractEntity implements Audited {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    /** The owning delegation; null for the gathering's shared roadmap. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delegation_id")
    private Delegation delegation;

    /** The day the gathering adopted its shared roadmap; null otherwise. */
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Valid
    @ElementCollection
    @CollectionTable(name = "roadmap_endorsement", joinColumns = @JoinColumn(name = "roadmap_id"))
    private List<Endorsement> endorsements = new ArrayList<>();

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

    /** A delegation's own roadmap. */
    public Roadmap(Delegation delegation, String title) {
        this(Checks.present(delegation, "delegation").cohort(), delegation, title);
    }

    private Roadmap(Cohort cohort, Delegation delegation, String title) {
        this.cohort = Checks.present(cohort, "cohort");
        this.delegation = delegation;
        this.status = RoadmapStatus.DRAFT;
        retitle(title);
    }

    /** The gathering's shared roadmap (e.g. an outcome document), owned by the cohort rather than by one delegation. */
    public static Roadmap ofGathering(Cohort gathering, String title) { return new Roadmap(gathering, null, title); }

    public void retitle(String newTitle) { this.title = Checks.text(newTitle, 300, "roadmap title"); }

    /** Roots of the tree are always goals. */
    public ResultNode addGoal(String goalTitle, String tag, DateRange schedule) {
        requireDraft();
        var goal = new ResultNode(this, null, ResultLevel.GOAL, goalTitle, tag, schedule);
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

    /** A delegation's roadmap is endorsed by review; a gathering's is adopted on a day ({@link #adopt}). */
    public void endorse() {
        if (isGatheringRoadmap())
            throw new RoadmapRuleViolation("A gathering adopts its shared roadmap on a day rather than endorsing it: record the adoption");
        moveTo(RoadmapStatus.ENDORSED);
    }

    /** The reviewer sends a submitted roadmap back for changes. */
    public void returnForRevision() {
        if (status != RoadmapStatus.SUBMITTED) throw new RoadmapRuleViolation("Only a submitted roadmap can be returned");
        moveTo(RoadmapStatus.DRAFT);
    }

    /** An endorsed roadmap is opened again for revision (and must be endorsed again; a shared one, adopted again). */
    public void reopen() {
        if (status != RoadmapStatus.ENDORSED) throw new RoadmapRuleViolation("Only an endorsed roadmap can be reopened");
        moveTo(RoadmapStatus.DRAFT);
        adoptedOn = null;
    }

    /**
     * The gathering adopts its shared roadmap on a day within or after the gathering: it becomes ENDORSED
     * (submitted first when still a draft).
     */
    public void adopt(LocalDate on) {
        requireGatheringRoadmap("adopted");
        Checks.present(on, "date of adoption");
        if (on.isBefore(cohort.dates().start()))
            throw new RoadmapRuleViolation("A gathering adopts its roadmap on or after its first day, " + cohort.dates().start());
        if (status == RoadmapStatus.DRAFT) submit();
        moveTo(RoadmapStatus.ENDORSED);
        adoptedOn = on;
    }

    /** A delegation of the gathering endorses its adopted shared roadmap, once, on or after the adoption. */
    public Endorsement recordEndorsement(Delegation endorsing, LocalDate on) {
        requireGatheringRoadmap("endorsed by delegations");
        Checks.present(endorsing, "delegation");
        Checks.present(on, "date of endorsement");
        if (adoptedOn == null) throw new RoadmapRuleViolation("Delegations endorse the roadmap once the gathering has adopted it");
        if (!endorsing.cohort().sameAs(cohort))
            throw new RoadmapRuleViolation("Delegation " + endorsing + " is not a member of " + cohort);
        if (on.isBefore(adoptedOn)) throw new RoadmapRuleViolation("An endorsement cannot precede the adoption on " + adoptedOn);
        if (endorsedBy(endorsing)) throw new RoadmapRuleViolation(endorsing + " has already endorsed this roadmap");
        var endorsement = new Endorsement(endorsing, on);
        endorsements.add(endorsement);
        return endorsement;
    }

    public void withdrawEndorsement(Delegation endorsing) {
        if (!endorsements.removeIf(e -> e.delegation().sameAs(endorsing)))
            throw new RoadmapRuleViolation(endorsing + " has not endorsed this roadmap");
    }

    public boolean endorsedBy(Delegation candidate) {
        return endorsements.stream().anyMatch(e -> e.delegation().sameAs(candidate));
    }

    private void requireGatheringRoadmap(String what) {
        if (!isGatheringRoadmap()) throw new RoadmapRuleViolation("Only a gathering's shared roadmap is " + what);
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

    public Programme programme() { return cohort.programme(); }

    /** Every node, depth first, goals in order. */
    public List<ResultNode> nodes() { return goals.stream().flatMap(ResultNode::selfAndDescendants).toList(); }

    /** The nodes outside cancelled branches, depth first, goals in order. */
    public Stream<ResultNode> activeNodes() { return goals.stream().flatMap(ResultNode::activeSelfAndDescendants); }

    /** Progress over the branches that are not cancelled. */
    public RoadmapProgress progress() {
        var active = activeNodes().toList();
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

    /** The owning delegation; empty for a gathering's shared roadmap. */
    public Optional<Delegation> delegation() { return Optional.ofNullable(delegation); }

    public Cohort cohort() { return cohort; }

    public boolean isGatheringRoadmap() { return delegation == null; }

    public Optional<LocalDate> adoptedOn() { return Optional.ofNullable(adoptedOn); }

    /** The endorsements in the order they were recorded. */
    public List<Endorsement> endorsements() { return Collections.unmodifiableList(endorsements); }

    public String title() { return title; }

    public RoadmapStatus status() { return status; }

    /** Lets the other delegations of the cohort read the roadmap, read-only. */
    public void shareWithCohort() { sharedWithCohort = true; }

    public void stopSharingWithCohort() { sharedWithCohort = false; }

    public boolean isSharedWithCohort() { return sharedWithCohort; }

    public boolean isDraft() { return status == RoadmapStatus.DRAFT; }

    public List<ResultNode> goals() { return Collections.unmodifiableList(goals); }

    @Override public AuditState auditState() {
        return AuditState.of().with("title", title).with("status", status).with("delegation", delegation).with("cohort", cohort)
                .with("adoptedOn", adoptedOn)
                .with("endorsements", endorsements.stream().map(Endorsement::toString).toList());
    }

    @Override public Optional<Long> auditRoadmapId() { return Optional.ofNullable(id()); }

    @Override public String toString() { return title; }
}
