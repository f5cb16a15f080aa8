package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.shared.Checks;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingSchedule;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.shared.DateRange;

/**
 * Progress reports: drafted by a delegation with its status changes and new actuals, submitted, then
 * accepted or returned by a trainer. Each call is one transaction, so a report with one bad actual
 * stores nothing at all.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    @Inject ProgressReportRepository reports;
    @Inject DelegationRepository delegations;
    @Inject RoadmapRepository roadmaps;
    @Inject Clock clock;
    @Inject AccessPolicy access;

    /** Latest reporting period first. */
    public Listing<ProgressReport> reportsOf(long delegationId, int offset, int limit) {
        var delegation = delegation(delegationId);
        access.requirePersonalData(delegation);
        return new Listing<>(loaded(reports.ofDelegation(delegation, offset, limit)), reports.countOf(delegation));
    }

    public ProgressReport report(long reportId) {
        var report = found(reportId);
        access.requirePersonalData(report.delegation());
        return loaded(report);
    }

    /** What the check-in changed since the delegation's previous accepted check-in: the reviewer's comparison. */
    public CheckInChanges changes(long reportId) {
        var report = found(reportId);
        access.requirePersonalData(report.delegation());
        return CheckInChanges.of(loaded(report), reports.ofDelegation(report.delegation()));
    }

    /** The delegation's reporting periods after its cohort, each in its state today. */
    public List<ReportingPeriod> reportingPeriods(long delegationId) {
        var delegation = delegation(delegationId);
        access.requirePersonalData(delegation);
        return schedule(delegation).periods(LocalDate.now(clock));
    }

    /** The roadmap whole, with its delegation's reporting periods today: its derived progress. */
    public RoadmapStanding standing(long roadmapId) {
        var roadmap = roadmaps.whole(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
        access.requireReadable(roadmap);
        // a gathering's shared roadmap has no check-ins of its own: its delegations report on theirs
        return new RoadmapStanding(roadmap, roadmap.delegation()
                .map(delegation -> schedule(delegation).periods(LocalDate.now(clock))).orElse(List.of()));
    }

    /** Refused (422) when the period already has an accepted check-in. */
    public ProgressReport draft(long delegationId, DateRange reportingPeriod, ReportContent content) {
        var delegation = delegation(delegationId);
        access.requireActingFor(delegation);
        schedule(delegation).requireOpen(Checks.present(reportingPeriod, "reporting period"), null);
        var report = new ProgressReport(delegation, reportingPeriod);
        reports.add(report);
        write(report, content);
        reports.flush();
        return report;
    }

    /** Rewrites the narrative and links of a draft or returned report and applies further changes and actuals. */
    public ProgressReport revise(long reportId, long expectedVersion, ReportContent content) {
        var report = writable(reportId);
        Versions.requireCurrent(report, "progress report", expectedVersion);
        List.copyOf(report.evidenceLinks()).forEach(report::removeEvidenceLink);
        write(report, content);
        reports.flush();
        return report;
    }

    /** Submits a draft, or submits again a report that was returned; refused once another check-in of its period was accepted. */
    public ProgressReport submit(long reportId, Long expectedVersion) {
        var report = writable(reportId);
        if (expectedVersion != null) Versions.requireCurrent(report, "progress report", expectedVersion);
        schedule(report.delegation()).requireOpen(report.reportingPeriod(), report);
        if (report.status() == ProgressReportStatus.RETURNED) report.resubmit(clock.instant());
        else report.submit(clock.instant());
        reports.flush();
        return report;
    }

    /** A returned report needs a comment saying what to correct. */
    /** The signed-in trainer (or administrator) is the reviewer on record. */
    public ProgressReport review(long reportId, Long expectedVersion, ReviewDecision decision, String comment) {
        var report = found(reportId);
        access.requireAccompanying(report.delegation());
        loaded(report);
        if (expectedVersion != null) Versions.requireCurrent(report, "progress report", expectedVersion);
        var reviewer = access.actor().username();
        switch (Checks.present(decision, "decision")) {
            case ACCEPTED -> report.accept(reviewer, clock.instant());
            case RETURNED -> report.returnForCorrection(reviewer, comment, clock.instant());
        }
        reports.flush();
        return report;
    }

    private ProgressReport found(long reportId) {
        return reports.find(reportId).orElseThrow(() -> new EntityNotFound("progress report", reportId));
    }

    /** The delegation writes and submits its own reports. */
    private ProgressReport writable(long reportId) {
        var report = found(reportId);
        access.requireActingFor(report.delegation());
        return loaded(report);
    }

    private void write(ProgressReport report, ReportContent content) {
        report.writeNarrative(content.achievements(), content.obstacles(), content.nextSteps());
        content.evidenceLinks().forEach(report::addEvidenceLink);
        content.statusChanges().forEach(change -> {
            var nodeId = Checks.present(change.nodeId(), "nodeId of a status change");
            report.reportStatusChange(roadmaps.node(nodeId).orElseThrow(() -> new EntityNotFound("node", nodeId)),
                    Checks.present(change.to(), "status of a status change"));
        });
        content.actuals().forEach(actual -> {
            var periodId = Checks.present(actual.periodId(), "periodId of an actual");
            report.recordActual(roadmaps.period(periodId).orElseThrow(() -> new EntityNotFound("period", periodId)),
                    actual.value(), actual.sex(), Checks.present(actual.asOf(), "asOf of an actual"), actual.comment(), actual.evidenceLink());
        });
    }

    /** The delegation's calendar (its programme's) with all its check-ins. */
    private ReportingSchedule schedule(Delegation delegation) {
        return ReportingSchedule.of(delegation, reports.ofDelegation(delegation));
    }

    private Delegation delegation(long delegationId) {
        return delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
    }

    /** Reads the report's collections inside the transaction, so views can be built after it. */
    private static ProgressReport loaded(ProgressReport report) {
        report.evidenceLinks().size();
        report.statusChanges().forEach(change -> change.node().id());
        report.newActuals().forEach(actual -> actual.period().id());
        return report;
    }

    private static List<ProgressReport> loaded(List<ProgressReport> page) {
        page.forEach(ProgressService::loaded);
        return page;
    }
}
