package org.napacademy.application;

import org.napacademy.domain.model.programme.Cohort;

/** A cohort with what its page shows beside it; the programme and trainers are loaded. */
public record CohortDetails(Cohort cohort, long delegationCount) {
}
