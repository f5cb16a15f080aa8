package org.napacademy.domain.model.roadmap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Audited;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.Money;

/**
 * A goal, outcome, output or activity of a roadmap. Levels nest downward in the programme template's
 * order, a child's schedule lies inside its parent's, and the tree has no cycles.
 */
@Entity
@Table(name = "result_node")
public class ResultNode extends AbstractEntity implements Audited {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false)
    private Roadmap roadmap;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ResultNode parent;

    /** No orphan removal: a node moved to another parent leaves this list without being deleted. */
    @OneToMany(mappedBy = "parent", cascade = {CascadeType.PERSIST, CascadeType.MERGE, CascadeType.REMOVE})
    @OrderColumn(name = "child_order")
    private List<ResultNode> children = new ArrayList<>();

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "result_level", nullable = false, length = 20)
    private ResultLevel level;

    @NotBlank @Size(max = 300) @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Size(max = 4000) @Column(name = "description", length = 4000)
    private String description;

    /** A tag code of the programme's template; null when the programme uses no tags. */
    @Size(max = 40) @Column(name = "tag_code", length = 40)
    private String tag;

    /** On a gathering's shared roadmap: the member delegation that carries this result out. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_delegation_id")
    private Delegation assignedDelegation;

    @Size(max = 300) @Column(name = "responsible_institution", length = 300)
    private String responsibleInstitution;

    @NotNull @Valid @Embedded
    private DateRange schedule;

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "progress_status", nullable = false, length = 20)
    private ProgressStatus status;

    @Valid
    @ElementCollection
    @CollectionTable(name = "budget_line", joinColumns = @JoinColumn(name = "result_node_id"))
    @OrderColumn(name = "line_order")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "display_order")
    private List<Indicator> indicators = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "module_id")
    private Module draftedIn;

    protected ResultNode() { }            // for JPA only

    ResultNode(Roadmap roadmap, ResultNode parent, ResultLevel level, String title, String tag, DateRange schedule) {
        this.roadmap = roadmap;
        this.parent = parent;
        this.level = level;
        this.status = ProgressStatus.NOT_STARTED;
        rename(title);
        chooseTag(tag);
        this.schedule = Checks.present(schedule, "schedule");
    }

    /** The child takes this node's tag; see {@link #assignTag}. */
    public ResultNode addChild(ResultLevel childLevel, String childTitle, DateRange childSchedule) {
        roadmap.requireDraft();
        Checks.present(childLevel, "level");
        Checks.present(childSchedule, "schedule");
        if (!roadmap.template().mayContain(level, childLevel))
            throw new RoadmapRuleViolation("A " + level + " cannot contain a " + childLevel);
        requireWithin(schedule, childSchedule);
        var child = new ResultNode(roadmap, this, childLevel, childTitle, tag, childSchedule);
        children.add(child);
        return child;
    }

    /**
     * Detaches a child with its subtree from this node; the caller deletes it (the children list has no
     * orphan removal, so that moving a node does not delete it).
     */
    public void removeChild(ResultNode child) {
        roadmap.requireDraft();
        if (!children.remove(child)) throw new RoadmapRuleViolation(child + " is not a child of " + this);
    }

    public void rename(String newTitle) { this.title = Checks.text(newTitle, 300, "title"); }

    public void describe(String newDescription) { this.description = Checks.optionalText(newDescription, 4000, "description"); }

    public void assignResponsibility(String institution) {
        this.responsibleInstitution = Checks.optionalText(institution, 300, "responsible institution");
    }

    public void assignTag(String newTag) {
        roadmap.requireDraft();
        chooseTag(newTag);
    }

    /** A programme with tags tags every result with one of them; a programme without tags tags none. */
    private void chooseTag(String newTag) {
        var template = roadmap.template();
        if (!template.usesTags()) {
            if (newTag != null) throw new RoadmapRuleViolation("The programme uses no tags, so a result cannot be tagged " + newTag);
        } else {
            Checks.present(newTag, "tag");
            if (!template.allows(newTag)) throw new RoadmapRuleViolation("The programme does not use the tag " + newTag);
        }
        this.tag = newTag;
    }

    /**
     * Assigns this result of a gathering's shared roadmap to one of the gathering's delegations (null: to nobody;
     * a partner institution is named with {@link #assignResponsibility}). A delegation's own roadmap has no assignees.
     */
    public void assignTo(Delegation delegation) {
        if (delegation != null) {
            if (!roadmap.isGatheringRoadmap())
                throw new RoadmapRuleViolation("Only the results of a gathering's shared roadmap are assigned to delegations");
            if (!delegation.cohort().sameAs(roadmap.cohort()))
                throw new RoadmapRuleViolation("Delegation " + delegation + " is not a member of " + roadmap.cohort());
        }
        this.assignedDelegation = delegation;
    }

    /** Records the curriculum module this node was drafted in (null to clear). */
    public void markDraftedIn(Module module) {
        if (module != null && !module.programme().sameAs(roadmap.programme()))
            throw new RoadmapRuleViolation("Module " + module + " belongs to another programme");
        this.draftedIn = module;
    }

    /** The new schedule must lie inside the parent's and still hold every child's. */
    public void reschedule(DateRange newSchedule) {
        roadmap.requireDraft();
        Checks.present(newSchedule, "schedule");
        if (parent != null) requireWithin(parent.schedule, newSchedule);
        children.forEach(child -> requireWithin(newSchedule, child.schedule));
        this.schedule = newSchedule;
    }

    /** Progress is tracked in every roadmap status, unlike the structure. */
    public void changeStatus(ProgressStatus newStatus) { this.status = Checks.present(newStatus, "status"); }

    /** Moves this node, with its subtree, to the end of another parent's children in the same roadmap. */
    public void moveTo(ResultNode newParent) { moveTo(newParent, schedule); }

    /**
     * Moves and reschedules in one step, for a new parent whose dates do not cover the current schedule.
     * The new schedule must lie inside the new parent's and still hold every child's.
     */
    public void moveTo(ResultNode newParent, DateRange newSchedule) {
        roadmap.requireDraft();
        Checks.present(newParent, "new parent");
        Checks.present(newSchedule, "schedule");
        if (!newParent.roadmap.sameAs(roadmap)) throw new RoadmapRuleViolation("A node moves only within its roadmap");
        if (newParent.selfAndDescendants().anyMatch(n -> n == this))
            throw new RoadmapRuleViolation("A node cannot move below itself");
        if (!roadmap.template().mayContain(newParent.level, level))
            throw new RoadmapRuleViolation("A " + newParent.level + " cannot contain a " + level);
        requireWithin(newParent.schedule, newSchedule);
        children.forEach(child -> requireWithin(newSchedule, child.schedule));
        parent.children.remove(this);
        newParent.children.add(this);
        parent = newParent;
        schedule = newSchedule;
    }

    public void addBudgetLine(BudgetLine line) {
        roadmap.requireDraft();
        budgetLines.add(Checks.present(line, "budget line"));
    }

    /** Removes one line equal to {@code line}. */
    public void removeBudgetLine(BudgetLine line) {
        roadmap.requireDraft();
        if (!budgetLines.remove(line)) throw new RoadmapRuleViolation("No such budget line: " + line);
    }

    /**
     * Adds an indicator to an outcome or output. {@code baselineValue} is required except for
     * QUALITATIVE indicators, which have none.
     */
    public Indicator addIndicator(String indicatorTitle, IndicatorUnit unit, boolean ascending,
                                  BigDecimal baselineValue, LocalDate baselineDate) {
        roadmap.requireDraft();
        if (!level.carriesIndicators()) throw new RoadmapRuleViolation("Indicators belong on outcomes and outputs, not on a " + level);
        var indicator = new Indicator(this, indicatorTitle, unit, ascending, baselineValue, baselineDate);
        indicators.add(indicator);
        return indicator;
    }

    public void removeIndicator(Indicator indicator) {
        roadmap.requireDraft();
        if (!indicators.remove(indicator)) throw new RoadmapRuleViolation(indicator + " is not an indicator of " + this);
    }

    /** A leaf is its own status; a CANCELLED node stays CANCELLED; otherwise it rolls up from the children. */
    public ProgressStatus rolledUpStatus() {
        if (status == ProgressStatus.CANCELLED) return status;
        return ProgressStatus.rollUp(children.stream().map(ResultNode::rolledUpStatus).toList()).orElse(status);
    }

    /** Totals per currency (ISO code, sorted) of this node's budget lines and those below it. */
    public Map<String, Money> budgetTotals() {
        var totals = new TreeMap<String, Money>();
        selfAndDescendants().flatMap(n -> n.budgetLines.stream())
                .forEach(line -> totals.merge(line.money().currencyCode(), line.money(), Money::plus));
        return Collections.unmodifiableMap(totals);
    }

    Stream<ResultNode> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ResultNode::selfAndDescendants));
    }

    Stream<ResultNode> activeSelfAndDescendants() {
        return status == ProgressStatus.CANCELLED ? Stream.empty()
                : Stream.concat(Stream.of(this), children.stream().flatMap(ResultNode::activeSelfAndDescendants));
    }

    private static void requireWithin(DateRange outer, DateRange inner) {
        if (!outer.contains(inner)) throw new RoadmapRuleViolation("The dates " + inner + " fall outside " + outer);
    }

    public Roadmap roadmap() { return roadmap; }

    public Optional<ResultNode> parent() { return Optional.ofNullable(parent); }

    public List<ResultNode> children() { return Collections.unmodifiableList(children); }

    public boolean isLeaf() { return children.isEmpty(); }

    public ResultLevel level() { return level; }

    public String title() { return title; }

    public Optional<String> description() { return Optional.ofNullable(description); }

    public Optional<String> tag() { return Optional.ofNullable(tag); }

    public Optional<Delegation> assignedDelegation() { return Optional.ofNullable(assignedDelegation); }

    public Optional<String> responsibleInstitution() { return Optional.ofNullable(responsibleInstitution); }

    public DateRange schedule() { return schedule; }

    /** The status as last set; see {@link #rolledUpStatus()} for what the children say. */
    public ProgressStatus status() { return status; }

    public List<BudgetLine> budgetLines() { return Collections.unmodifiableList(budgetLines); }

    public List<Indicator> indicators() { return Collections.unmodifiableList(indicators); }

    public Optional<Module> draftedIn() { return Optional.ofNullable(draftedIn); }

    /** Budget lines as one text each, e.g. "USD 1000 / Ministry of Finance / PRINCIPAL", in their order. */
    @Override public AuditState auditState() {
        return AuditState.of().with("level", level).with("title", title).with("description", description)
                .with("tag", tag).with("responsibleInstitution", responsibleInstitution)
                .with("assignedDelegation", assignedDelegation)
                .with("start", schedule.start()).with("end", schedule.end()).with("status", status)
                .with("parent", parent).with("draftedIn", draftedIn)
                .with("budgetLines", budgetLines.stream().map(line -> line.money() + " / "
                        + line.fundingSource().orElse("-") + " / " + line.genderMarker()).toList());
    }

    @Override public Optional<Long> auditRoadmapId() { return Optional.ofNullable(roadmap.id()); }

    @Override public Optional<Long> auditNodeId() { return Optional.ofNullable(id()); }

    @Override public String toString() { return level + " " + title; }
}
