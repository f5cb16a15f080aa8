package org.napacademy.application;

import java.util.List;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;

/**
 * Where a roadmap stands today: its (whole) tree, with the traffic lights derived from it, and its
 * delegation's reporting periods. Nothing here is stored; every figure is derived on reading.
 */
public record RoadmapStanding(Roadmap roadmap, List<ReportingPeriod> reportingPeriods) {

    public RoadmapStanding {
        reportingPeriods = List.copyOf(reportingPeriods);
    }

    public RoadmapProgress progress() { return roadmap.progress(); }

    public ProgressStatus status() { return roadmap.rolledUpStatus(); }

    /** Reporting periods whose check-in is due and missing. */
    public long missingUpdates() { return reportingPeriods.stream().filter(ReportingPeriod::noUpdate).count(); }

    /** "No update": a due check-in is missing. */
    public boolean noUpdate() { return missingUpdates() > 0; }
}
