package org.napacademy.interfaces.rest;

import java.util.List;
import org.napacademy.application.DelegationReminders;

/** One delegation's reminders: overdue check-ins (oldest first) and milestones due in the next 30 days (soonest first). */
public record DelegationRemindersView(long delegationId, String countryCode, LocalizedTextJson country, long cohortId, String cohortName,
                                      List<OverdueCheckInView> overdueCheckIns, List<DueMilestoneView> dueMilestones) {

    static DelegationRemindersView of(DelegationReminders reminders) {
        return new DelegationRemindersView(reminders.delegationId(), reminders.countryCode(), LocalizedTextJson.of(reminders.country()),
                reminders.cohortId(), reminders.cohortName(),
                reminders.overdueCheckIns().stream().map(OverdueCheckInView::of).toList(),
                reminders.dueMilestones().stream().map(DueMilestoneView::of).toList());
    }
}
