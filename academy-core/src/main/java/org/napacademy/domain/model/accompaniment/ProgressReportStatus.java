package org.napacademy.domain.model.accompaniment;

/** A report is drafted, submitted, then accepted or returned for correction and submitted again. */
public enum ProgressReportStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    public boolean mayBecome(ProgressReportStatus next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == ACCEPTED || next == RETURNED;
            case ACCEPTED -> false;
        };
    }

    /** The delegation edits its report only before submitting it, or after it came back. */
    public boolean isEditable() { return this == DRAFT || this == RETURNED; }
}
