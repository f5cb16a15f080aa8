package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.accompaniment.ProgressReportRepository;
import org.napacademy.domain.model.accompaniment.ReportingPeriod;
import org.napacademy.domain.model.accompaniment.ReportingSchedule;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.user.Role;

/**
 * Reminders: the check-ins a delegation owes (periods OVERDUE in its reporting calendar) and its milestones,
 * the results of its roadmap of any level whose schedule ends within the next {@value #HORIZON_DAYS} days
 * (today and the 30th day included) and that are neither DONE nor CANCELLED. A result whose end date has
 * passed is no longer "due": the check-ins report on it.
 * <p>
 * Reminders are the delegation's records: who may read its reporting periods (its own delegates, the
 * trainers of its cohort, administrators) sees them; a sponsor sees none. Trainers and administrators see
 * the delegations of cohorts that are not closed. Milestones are found by a query on end date and status,
 * never by loading roadmaps.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    public static final int HORIZON_DAYS = 30;
    /** Results in these states are no longer due. */
    static final Set<ProgressStatus> FINISHED = EnumSet.of(ProgressStatus.DONE, ProgressStatus.CANCELLED);

    @Inject DelegationRepository delegations;
    @Inject ProgressReportRepository reports;
    @Inject RoadmapRepository roadmaps;
    @Inject Clock clock;
    @Inject AccessPolicy access;

    /** The signed-in user's reminders, one entry per delegation that has any, newest cohort first. */
    public List<DelegationReminders> mine() {
        access.requireSignedIn();
        return of(access);
    }

    /** How many reminders {@link #mine()} lists, without building them: the menu's badge. */
    public long countMine() {
        access.requireSignedIn();
        var visible = visibleTo(access);
        if (visible.isEmpty()) return 0;
        var today = today();
        var reportsByDelegation = reportsOf(visible);
        var overdue = visible.stream().mapToLong(delegation -> overdue(delegation, reportsByDelegation, today).size()).sum();
        return overdue + roadmaps.countEnding(visible, today, today.plusDays(HORIZON_DAYS), FINISHED);
    }

    /** One delegation's reminders, empty lists when nothing is due. */
    public DelegationReminders ofDelegation(long delegationId) {
        var delegation = delegations.find(delegationId).orElseThrow(() -> new EntityNotFound("delegation", delegationId));
        access.requirePersonalData(delegation);
        return remindersOf(List.of(delegation)).get(0);
    }

    /** The reminders of someone else, under their own rights: for the digest mailed to them. */
    List<DelegationReminders> of(Actor actor) {
        return of(new AccessPolicy(() -> actor, id -> delegations.find(id).map(Delegation::cohort)));
    }

    private List<DelegationReminders> of(AccessPolicy policy) {
        return remindersOf(visibleTo(policy)).stream().filter(reminders -> !reminders.isEmpty()).toList();
    }

    /**
     * The delegations whose records the policy's actor may read, among the candidates of their roles: all open
     * cohorts' for an administrator, their open cohorts' for a trainer, their own for a delegate.
     */
    private List<Delegation> visibleTo(AccessPolicy policy) {
        var actor = policy.actor();
        var candidates = new LinkedHashMap<Long, Delegation>();
        if (actor.isAdmin()) delegations.inOpenCohorts().forEach(d -> candidates.put(d.id(), d));
        else if (actor.has(Role.TRAINER)) delegations.inOpenCohortsTrainedBy(actor.username()).forEach(d -> candidates.put(d.id(), d));
        policy.ownDelegation().flatMap(delegations::find).ifPresent(d -> candidates.putIfAbsent(d.id(), d));
        return candidates.values().stream().filter(policy::mayReadPersonalData).toList();
    }

    /** Two queries for all the delegations: their reports, and the nodes ending in the window. */
    private List<DelegationReminders> remindersOf(List<Delegation> visible) {
        if (visible.isEmpty()) return List.of();
        var today = today();
        var reportsByDelegation = reportsOf(visible);
        Map<Long, List<DueMilestone>> milestones = roadmaps.ending(visible, today, today.plusDays(HORIZON_DAYS), FINISHED).stream()
                .collect(Collectors.groupingBy(node -> node.roadmap().delegation().orElseThrow().id(), LinkedHashMap::new,
                        Collectors.mapping(node -> DueMilestone.of(node, today), Collectors.toList())));
        var all = new ArrayList<DelegationReminders>();
        for (var delegation : visible) {
            var overdue = overdue(delegation, reportsByDelegation, today).stream().map(period -> OverdueCheckIn.of(period, today)).toList();
            var due = milestones.getOrDefault(delegation.id(), List.of()).stream()
                    .sorted(Comparator.comparing(DueMilestone::dueOn).thenComparing(DueMilestone::nodeId)).toList();
            all.add(DelegationReminders.of(delegation, overdue, due));
        }
        return all;
    }

    private Map<Long, List<ProgressReport>> reportsOf(List<Delegation> visible) {
        return reports.ofDelegations(visible).stream().collect(Collectors.groupingBy(report -> report.delegation().id()));
    }

    /** The delegation's periods in the OVERDUE state today, in calendar order. */
    private static List<ReportingPeriod> overdue(Delegation delegation, Map<Long, List<ProgressReport>> reportsByDelegation, LocalDate today) {
        return ReportingSchedule.of(delegation, reportsByDelegation.getOrDefault(delegation.id(), List.of())).periods(today).stream()
                .filter(ReportingPeriod::noUpdate).toList();
    }

    LocalDate today() { return LocalDate.now(clock); }
}
