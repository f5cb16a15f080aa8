package org.napacademy.domain.model.accompaniment;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.Repository;

/** Assistance requests. */
public interface AssistanceRequestRepository extends Repository<AssistanceRequest> {

    /** Newest first. */
    List<AssistanceRequest> ofDelegation(Delegation delegation);

    /** Requests of the cohort's delegations in that status, most urgent then oldest first. */
    List<AssistanceRequest> inCohort(Cohort cohort, AssistanceStatus status);
}
