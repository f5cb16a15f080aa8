package org.napacademy.domain.model.accompaniment;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Progress reports. */
public interface ProgressReportRepository extends Repository<ProgressReport> {

    /** Latest reporting period first. */
    List<ProgressReport> ofDelegation(Delegation delegation);

    /** Submitted reports of the cohort's delegations, oldest submission first. */
    List<ProgressReport> awaitingReview(Cohort cohort);
}
