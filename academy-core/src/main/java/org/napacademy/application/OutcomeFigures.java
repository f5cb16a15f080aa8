package org.napacademy.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;

/**
 * The aggregate figures of a cohort's outcomes, each answered by the database with COUNT, SUM and GROUP
 * BY: no attendance, feedback or budget row is read into memory one by one, and no figure carries a name.
 * Maps are keyed by delegation id where they speak of delegations; absent keys mean zero.
 */
public interface OutcomeFigures {

    Map<Sex, Long> participantsBySex(Cohort cohort);

    Map<InstitutionType, Long> participantsByInstitutionType(Cohort cohort);

    /** Sessions of the cohort whose attendance was taken (at least one attendance recorded). */
    long sessionsTaken(Cohort cohort);

    /** PRESENT attendance records per delegation. */
    Map<Long, Long> presencesByDelegation(Cohort cohort);

    Feedback feedback(Cohort cohort);

    /** Budget planned per delegation, per currency (by code), with the part marked gender-responsive (marker 1 or 2). */
    Map<Long, List<BudgetOutcome>> budgets(Cohort cohort);

    /** Assistance requests per delegation, and how many of them were answered. */
    Map<Long, Assistance> assistance(Cohort cohort);

    /** When each answered request was raised and first answered, per delegation; no text, no names. */
    Map<Long, List<Answered>> answeredRequests(Cohort cohort);

    /** {@code ratings} rated sessions adding up to {@code ratingSum}; {@code assessed} with both pre and post self-assessment, gains adding up to {@code gainSum}. */
    record Feedback(long ratings, long ratingSum, long assessed, long gainSum) {
        public static final Feedback NONE = new Feedback(0, 0, 0, 0);

        /** Mean rating, 1..5. */
        public Optional<BigDecimal> averageRating() { return Ratios.of(ratingSum, ratings); }

        /** Mean of post minus pre self-assessment where both were given. */
        public Optional<BigDecimal> averageLearningGain() { return Ratios.of(gainSum, assessed); }
    }

    record Assistance(long requests, long answered) { }

    record Answered(Instant raisedAt, Instant answeredAt) { }
}
