package org.napacademy.domain.model.accompaniment;

import java.util.Collection;
import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.shared.Repository;

/** Progress reports. */
public interface ProgressReportRepository extends Repository<ProgressReport> {

    /** Latest reporting period first. */
    List<ProgressReport> ofDelegation(Delegation delegation);

    /** One page of {@link #ofDelegation(Delegation)}. */
    List<ProgressReport> ofDelegation(Delegation delegation, int offset, int limit);

    long countOf(Delegation delegation);

    /** The reports of all these delegations, in one query. */
    List<ProgressReport> ofDelegations(Collection<Delegation> delegations);

    /** True when a report changed the status of one of the nodes or brought an actual measured on one of them. */
    boolean reportedOn(Collection<ResultNode> nodes);

    /** True when a report brought one of these measurements. */
    boolean anyBroughtByReport(Collection<Measurement> measurements);

    /** Writes pending changes now, so constraint and version failures surface inside the caller's use case. */
    void flush();

    /** Submitted reports of the cohort's delegations, oldest submission first. */
    List<ProgressReport> awaitingReview(Cohort cohort);
}
