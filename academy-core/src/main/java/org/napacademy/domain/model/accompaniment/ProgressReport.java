package org.napacademy.domain.model.accompaniment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.MeasurementKind;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A delegation's periodic check-in, reviewed by a trainer. Status changes and actuals take effect on the
 * roadmap when entered; the report is their record and its narrative explains them.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends AbstractEntity {

    @NotNull @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegation_id", nullable = false)
    private Delegation delegation;

    @NotNull @Valid @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "period_start", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "period_end", nullable = false))})
    private DateRange reportingPeriod;

    @Size(max = 4000) @Column(name = "achievements", length = 4000)
    private String achievements;

    @Size(max = 4000) @Column(name = "obstacles", length = 4000)
    private String obstacles;

    @Size(max = 4000) @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    @ElementCollection
    @CollectionTable(name = "progress_report_evidence", joinColumns = @JoinColumn(name = "progress_report_id"))
    @OrderColumn(name = "link_order")
    @Column(name = "evidence_link", nullable = false, length = 1000)
    private List<String> evidenceLinks = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<StatusChange> statusChanges = new ArrayList<>();

    /** Owned by the roadmap's periods; this side only writes measurement.progress_report_id. */
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "progress_report_id")
    private List<Measurement> newActuals = new ArrayList<>();

    @NotNull @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
    private ProgressReportStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Size(max = 200) @Column(name = "reviewer_name", length = 200)
    private String reviewerName;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Size(max = 4000) @Column(name = "review_comment", length = 4000)
    private String reviewComment;

    protected ProgressReport() { }        // for JPA only

    public ProgressReport(Delegation delegation, DateRange reportingPeriod) {
        this.delegation = Checks.present(delegation, "delegation");
        this.reportingPeriod = Checks.present(reportingPeriod, "reporting period");
        this.status = ProgressReportStatus.DRAFT;
    }

    public void writeNarrative(String newAchievements, String newObstacles, String newNextSteps) {
        requireEditable();
        this.achievements = Checks.optionalText(newAchievements, 4000, "achievements");
        this.obstacles = Checks.optionalText(newObstacles, 4000, "obstacles");
        this.nextSteps = Checks.optionalText(newNextSteps, 4000, "next steps");
    }

    public void addEvidenceLink(String link) {
        requireEditable();
        evidenceLinks.add(Checks.webAddress(link, 1000, "An evidence link"));
    }

    public void removeEvidenceLink(String link) {
        requireEditable();
        evidenceLinks.remove(link);
    }

    /** Changes the node's status and keeps the change on record. */
    public StatusChange reportStatusChange(ResultNode node, ProgressStatus to) {
        requireEditable();
        requireOwnRoadmap(Checks.present(node, "node"));
        var change = new StatusChange(this, node, node.status(), Checks.present(to, "status"));
        node.changeStatus(to);
        statusChanges.add(change);
        return change;
    }

    /** Records an actual in one of the delegation's indicator periods, linked to this report. */
    public Measurement recordActual(Period period, BigDecimal value, Sex sex, LocalDate asOf, String comment, String evidenceLink) {
        requireEditable();
        requireOwnRoadmap(Checks.present(period, "period").indicator().node());
        var actual = period.recordActual(value, sex, asOf, comment, evidenceLink);
        newActuals.add(actual);
        return actual;
    }

    /**
     * Restores a status change recorded in the past (a programme transfer): the node keeps its present status,
     * which was restored with the roadmap, instead of being changed again as {@link #reportStatusChange} does.
     */
    public StatusChange restoreStatusChange(ResultNode node, ProgressStatus from, ProgressStatus to) {
        requireOwnRoadmap(Checks.present(node, "node"));
        var change = new StatusChange(this, node, Checks.present(from, "status"), Checks.present(to, "status"));
        statusChanges.add(change);
        return change;
    }

    /**
     * Restores the link to an actual this report brought in the past (a programme transfer); the actual was
     * restored with its period, so it is linked rather than recorded again as {@link #recordActual} does.
     */
    public void restoreActualLink(Measurement actual) {
        requireOwnRoadmap(Checks.present(actual, "actual").period().indicator().node());
        if (actual.kind() != MeasurementKind.ACTUAL) throw new AccompanimentRuleViolation("A report brings actuals, not targets");
        newActuals.add(actual);
    }

    public void submit(Instant at) {
        if (status != ProgressReportStatus.DRAFT) throw new AccompanimentRuleViolation("Only a draft is submitted; use resubmit for a returned report");
        moveTo(ProgressReportStatus.SUBMITTED);
        submittedAt = Checks.present(at, "time");
    }

    public void accept(String reviewer, Instant at) {
        moveTo(ProgressReportStatus.ACCEPTED);
        review(reviewer, null, at);
    }

    public void returnForCorrection(String reviewer, String comment, Instant at) {
        moveTo(ProgressReportStatus.RETURNED);
        review(reviewer, Checks.text(comment, 4000, "review comment"), at);
    }

    public void resubmit(Instant at) {
        if (status != ProgressReportStatus.RETURNED) throw new AccompanimentRuleViolation("Only a returned report is resubmitted");
        moveTo(ProgressReportStatus.SUBMITTED);
        submittedAt = Checks.present(at, "time");
    }

    private void review(String reviewer, String comment, Instant at) {
        this.reviewerName = Checks.text(reviewer, 200, "reviewer");
        this.reviewComment = comment;
        this.reviewedAt = Checks.present(at, "time");
    }

    private void moveTo(ProgressReportStatus next) {
        if (!status.mayBecome(next)) throw new AccompanimentRuleViolation("A " + status + " report cannot become " + next);
        status = next;
    }

    private void requireEditable() {
        if (!status.isEditable()) throw new AccompanimentRuleViolation("A " + status + " report can no longer be changed");
    }

    private void requireOwnRoadmap(ResultNode node) {
        if (!node.roadmap().delegation().map(owner -> owner.sameAs(delegation)).orElse(false))
            throw new AccompanimentRuleViolation(node + " belongs to another delegation's roadmap");
    }

    public Delegation delegation() { return delegation; }

    public DateRange reportingPeriod() { return reportingPeriod; }

    public Optional<String> achievements() { return Optional.ofNullable(achievements); }

    public Optional<String> obstacles() { return Optional.ofNullable(obstacles); }

    public Optional<String> nextSteps() { return Optional.ofNullable(nextSteps); }

    public List<String> evidenceLinks() { return Collections.unmodifiableList(evidenceLinks); }

    public List<StatusChange> statusChanges() { return Collections.unmodifiableList(statusChanges); }

    public List<Measurement> newActuals() { return Collections.unmodifiableList(newActuals); }

    public ProgressReportStatus status() { return status; }

    public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }

    public Optional<String> reviewerName() { return Optional.ofNullable(reviewerName); }

    public Optional<Instant> reviewedAt() { return Optional.ofNullable(reviewedAt); }

    /** The reviewer's reason when the report was last returned; cleared on acceptance. */
    public Optional<String> reviewComment() { return Optional.ofNullable(reviewComment); }

    @Override public String toString() { return "Report of " + delegation + " for " + reportingPeriod; }
}
