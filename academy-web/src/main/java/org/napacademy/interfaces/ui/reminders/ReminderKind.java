package org.napacademy.interfaces.ui.reminders;

/** What the reminders view shows: everything, only the overdue check-ins, or only the milestones due. */
public enum ReminderKind {
    ALL, CHECK_INS, MILESTONES;

    boolean showsCheckIns() { return this != MILESTONES; }

    boolean showsMilestones() { return this != CHECK_INS; }
}
