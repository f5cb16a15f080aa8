package org.napacademy.application;

import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.LocalizedText;

/** What one delegation has due: its overdue check-ins (oldest first) and its milestones of the next days (soonest first). */
public record DelegationReminders(long delegationId, String countryCode, LocalizedText country, long cohortId, String cohortName,
                                  List<OverdueCheckIn> overdueCheckIns, List<DueMilestone> dueMilestones) {

    public DelegationReminders {
        overdueCheckIns = List.copyOf(overdueCheckIns);
        dueMilestones = List.copyOf(dueMilestones);
    }

    static DelegationReminders of(Delegation delegation, List<OverdueCheckIn> overdueCheckIns, List<DueMilestone> dueMilestones) {
        var cohort = delegation.cohort();
        return new DelegationReminders(delegation.id(), delegation.country().iso2(), delegation.country().name(), cohort.id(), cohort.name(),
                overdueCheckIns, dueMilestones);
    }

    public int count() { return overdueCheckIns.size() + dueMilestones.size(); }

    public boolean isEmpty() { return count() == 0; }
}
