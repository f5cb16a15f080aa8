package org.napacademy.domain.model.accompaniment;

/**
 * Where a reporting period stands. UPCOMING until the period ends; then DUE until its due date, and
 * OVERDUE after it while no check-in was submitted. A submitted check-in makes it SUBMITTED, then
 * ACCEPTED or RETURNED as the trainer decides; an ACCEPTED period is locked.
 */
public enum ReportingState {
    UPCOMING, DUE, OVERDUE, SUBMITTED, RETURNED, ACCEPTED;

    /** A due check-in is missing: the roadmap has had no update for this period. */
    public boolean isMissingUpdate() { return this == OVERDUE; }
}
