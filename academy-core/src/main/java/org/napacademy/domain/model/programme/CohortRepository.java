package org.napacademy.domain.model.programme;

import java.util.List;
import org.napacademy.domain.model.shared.Repository;

/** Cohorts; their delegations and sessions are found through DelegationRepository and SessionRepository. */
public interface CohortRepository extends Repository<Cohort> {

    /** Newest first, by start date. */
    List<Cohort> ofProgramme(Programme programme);

    /** Cohorts the trainer is assigned to, newest first. */
    List<Cohort> trainedBy(String username);
}
