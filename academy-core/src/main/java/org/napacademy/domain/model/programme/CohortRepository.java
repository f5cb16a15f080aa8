package org.napacademy.domain.model.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.shared.Repository;

/** Cohorts; their delegations and sessions are found through DelegationRepository and SessionRepository. */
public interface CohortRepository extends Repository<Cohort> {

    /** Newest first, by start date. */
    List<Cohort> ofProgramme(Programme programme);

    /** Every cohort's id, in id order: for work over all of them, one cohort at a time. */
    List<Long> ids();

    /** Cohorts the trainer is assigned to, newest first. */
    List<Cohort> trainedBy(String username);

    /** A page of summaries, newest first (by start date, then id), in one query. */
    List<CohortSummary> summaries(int offset, int limit);

    /** A page of the summaries the scope shows (see {@link org.napacademy.application.security.AccessPolicy#cohortScope}), as {@link #summaries(int, int)}. */
    default List<CohortSummary> summaries(ReadScope scope, int offset, int limit) {
        return summaries(scope, CohortFilter.ALL, offset, limit);
    }

    /** A page of the summaries the scope shows that pass the filter, in its order (then by id), in one query. */
    List<CohortSummary> summaries(ReadScope scope, CohortFilter filter, int offset, int limit);

    default long count(ReadScope scope) { return count(scope, CohortFilter.ALL); }

    long count(ReadScope scope, CohortFilter filter);

    /** The trainers' usernames of each of the cohorts, keyed by cohort id; cohorts without trainers are absent. */
    Map<Long, Set<String>> trainersOf(Collection<Long> cohortIds);

    /** Writes pending changes now, so constraint and version failures surface inside the caller. */
    void flush();
}
