package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportStatus;
import org.napacademy.domain.model.accompaniment.StatusChange;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.DateRange;

/**
 * The delegations' progress reports: narrative, evidence, the status changes and actuals they brought (by
 * the keys of nodes and measurements restored with the roadmaps), and where their review stands. The review
 * is replayed through the report's own steps (submit, return, resubmit, accept) with the recorded times.
 */
final class ProgressReportKind implements TransferKind {
    static final String SECTION = "progressReports";

    @Override public String section() { return SECTION; }

    @Override public void write(Exporting out) {
        out.array(SECTION, out.query("select r from ProgressReport r where r.delegation.cohort.programme = ?1 order by r.id", ProgressReport.class),
                report -> {
                    out.writeKey(report);
                    out.ref("delegation", report.delegation());
                    out.time("periodStart", report.reportingPeriod().start());
                    out.time("periodEnd", report.reportingPeriod().end());
                    out.optionalText("achievements", report.achievements());
                    out.optionalText("obstacles", report.obstacles());
                    out.optionalText("nextSteps", report.nextSteps());
                    out.strings("evidenceLinks", report.evidenceLinks());
                    out.array("statusChanges", out.select("select c from StatusChange c where c.report = ?1 order by c.id", StatusChange.class, report),
                            change -> {
                                out.ref("node", change.node());
                                out.enumValue("from", change.from());
                                out.enumValue("to", change.to());
                            });
                    out.strings("actuals", report.newActuals().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).map(Exporting::key).toList());
                    out.enumValue("status", report.status());
                    report.submittedAt().ifPresent(at -> out.instant("submittedAt", at));
                    out.optionalText("reviewer", report.reviewerName());
                    report.reviewedAt().ifPresent(at -> out.instant("reviewedAt", at));
                    out.optionalText("reviewComment", report.reviewComment());
                });
    }

    @Override public void read(JsonObject element, Importing in) {
        var report = new ProgressReport(in.resolve(DelegationKind.SECTION, Fields.text(element, "delegation"), Delegation.class),
                DateRange.of(Fields.date(element, "periodStart"), Fields.date(element, "periodEnd")));
        report.writeNarrative(Fields.optionalText(element, "achievements").orElse(null), Fields.optionalText(element, "obstacles").orElse(null),
                Fields.optionalText(element, "nextSteps").orElse(null));
        Fields.strings(element, "evidenceLinks").forEach(report::addEvidenceLink);
        for (var change : Fields.objects(element, "statusChanges")) {
            report.restoreStatusChange(in.resolve(RoadmapKind.NODES, Fields.text(change, "node"), ResultNode.class),
                    Fields.enumValue(change, "from", ProgressStatus.class), Fields.enumValue(change, "to", ProgressStatus.class));
            in.count("statusChanges");
        }
        Fields.strings(element, "actuals").forEach(key -> report.restoreActualLink(in.resolve(RoadmapKind.MEASUREMENTS, key, Measurement.class)));
        replayReview(report, element);
        in.persist(report);
        in.register(SECTION, Fields.key(element), report);
        in.count(SECTION);
    }

    /**
     * A submitted report that carries a review was returned and sent again; an accepted one may have been
     * returned before, but acceptance keeps no comment, so one acceptance restores it.
     */
    private static void replayReview(ProgressReport report, JsonObject element) {
        var status = Fields.enumValue(element, "status", ProgressReportStatus.class);
        if (status == ProgressReportStatus.DRAFT) return;
        Instant submittedAt = Fields.instant(element, "submittedAt");
        report.submit(submittedAt);
        switch (status) {
            case SUBMITTED -> {
                if (Fields.optionalText(element, "reviewer").isPresent()) {
                    returnForCorrection(report, element);
                    report.resubmit(submittedAt);
                }
            }
            case ACCEPTED -> report.accept(Fields.text(element, "reviewer"), Fields.instant(element, "reviewedAt"));
            case RETURNED -> returnForCorrection(report, element);
            case DRAFT -> throw new IllegalStateException("a draft has no review");
        }
    }

    private static void returnForCorrection(ProgressReport report, JsonObject element) {
        report.returnForCorrection(Fields.text(element, "reviewer"), Fields.text(element, "reviewComment"), Fields.instant(element, "reviewedAt"));
    }
}
