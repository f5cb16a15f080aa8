package org.napacademy.domain.model.accompaniment;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.Repository;

/** Assistance requests. */
public interface AssistanceRequestRepository extends Repository<AssistanceRequest> {

    /** Newest first. */
    List<AssistanceRequest> ofDelegation(Delegation delegation);

    /** One page of {@link #ofDelegation(Delegation)}. */
    List<AssistanceRequest> ofDelegation(Delegation delegation, int offset, int limit);

    long countOf(Delegation delegation);

    /** Writes pending changes now, so constraint and version failures surface inside the caller's use case. */
    void flush();

    /** Requests of the cohort's delegations in that status, most urgent then oldest first. */
    List<AssistanceRequest> inCohort(Cohort cohort, AssistanceStatus status);

    /**
     * One page of the requests the scope shows (a trainer's: those of the cohorts they train; a delegate's: their
     * delegation's), filtered and sorted by the database.
     */
    List<AssistanceRequest> queue(ReadScope scope, AssistanceFilter filter, AssistanceOrder order, int offset, int limit);

    /** How many requests {@link #queue} has in all. */
    long countQueue(ReadScope scope, AssistanceFilter filter);
}
