package org.napacademy.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.user.Role;

/**
 * Decides every read and write (DESIGN section 4). Application services ask it before they act, so the
 * REST API and the Vaadin views, which both call the services, obey the same rules; views ask the
 * {@code may...} methods to hide what the services would refuse.
 *
 * <ul>
 *   <li>ADMIN: everything.</li>
 *   <li>TRAINER: reads every cohort, module and programme; plans cohorts (creates them, changes those they
 *       train), their sessions, attendance and feedback; reads the roadmaps, participants, reports,
 *       requests and notes of the delegations of the cohorts they train; reviews reports, answers
 *       requests, logs mentoring, endorses and returns roadmaps; never edits roadmap content.</li>
 *   <li>DELEGATE: reads their cohort, its sessions and delegation names; reads and edits their own
 *       delegation's roadmap, reads its participants, mentoring notes and reporting periods, writes its
 *       reports and assistance requests; reads another delegation's roadmap only when shared with the
 *       cohort, and never its personal data.</li>
 *   <li>SPONSOR: reads the programmes they fund, their cohorts and sessions, aggregate outcomes and the
 *       ENDORSED roadmaps of those programmes; no personal data at all.</li>
 *   <li>Everyone signed in: countries, NAP events and modules. Nobody signed in: nothing.</li>
 * </ul>
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject CurrentUser currentUser;
    @Inject DelegationRepository delegations;

    /** The cohort of a delegation by its id; in the server the repository answers. */
    private LongFunction<Optional<Cohort>> cohortOfDelegation;

    protected AccessPolicy() { }

    /** For tests and for code that builds the policy by hand: the actor has no delegation's cohort to look up. */
    public AccessPolicy(CurrentUser currentUser) { this(currentUser, id -> Optional.empty()); }

    /** For tests: {@code cohortOfDelegation} finds a delegate's cohort as the repository would. */
    public AccessPolicy(CurrentUser currentUser, LongFunction<Optional<Cohort>> cohortOfDelegation) {
        this.currentUser = currentUser;
        this.cohortOfDelegation = cohortOfDelegation;
    }

    public Actor actor() { return currentUser.actor(); }

    public void requireSignedIn() {
        if (!actor().isSignedIn()) throw new AccessDenied("Sign in first");
    }

    /** Users, roles and programmes are the administrator's. */
    public void requireAdministrator() {
        requireSignedIn();
        if (!actor().isAdmin()) throw new AccessDenied("Only an administrator may do this");
    }

    // roadmaps ---------------------------------------------------------------------------------------------

    /** Reading a roadmap and everything in it (nodes, indicators, measurements, progress, exports, history). */
    public boolean mayRead(Roadmap roadmap) {
        var cohort = roadmap.cohort();
        return mayPlan(cohort) || roadmap.delegation().map(this::isOwn).orElse(false)
                || (roadmap.isSharedWithCohort() || roadmap.isGatheringRoadmap()) && isMemberOf(cohort)
                || roadmap.status() == RoadmapStatus.ENDORSED && sponsors(cohort.programme());
    }

    public void requireReadable(Roadmap roadmap) {
        requireSignedIn();
        if (!mayRead(roadmap)) throw new AccessDenied("You may not read the roadmap of another delegation");
    }

    /**
     * Changing a roadmap's content (title, nodes, budgets, indicators, periods, measurements) and submitting it:
     * a delegation's roadmap by the delegation, a gathering's shared roadmap by the cohort's trainers.
     */
    public boolean mayEdit(Roadmap roadmap) {
        return actor().isAdmin() || roadmap.delegation().map(this::isOwn).orElseGet(() -> isTrainerOf(roadmap.cohort()));
    }

    public void requireEditable(Roadmap roadmap) {
        requireReadable(roadmap);
        if (!mayEdit(roadmap)) throw new AccessDenied("Only the delegation of this roadmap may change it");
    }

    /** Endorsing a submitted roadmap, returning it for revision, reopening an endorsed one. */
    public boolean mayReview(Roadmap roadmap) { return mayPlan(roadmap.cohort()); }

    public void requireReview(Roadmap roadmap) {
        requireReadable(roadmap);
        if (!mayReview(roadmap)) throw new AccessDenied("Only a trainer of the cohort may endorse or return this roadmap");
    }

    /** A delegation's endorsement of its gathering's roadmap: recorded by the cohort's trainers or by the delegation itself. */
    public void requireEndorsing(Roadmap roadmap, Delegation delegation) {
        requireReadable(roadmap);
        if (!mayPlan(roadmap.cohort()) && !isOwn(delegation))
            throw new AccessDenied("Only the delegation of " + delegation.country().name().en() + " or a trainer of the cohort may record its endorsement");
    }

    /** Sharing the roadmap with the cohort, or no longer: the delegation's own decision. */
    public void requireSharing(Roadmap roadmap) {
        requireReadable(roadmap);
        if (!mayEdit(roadmap)) throw new AccessDenied("Only the delegation of this roadmap may share it");
    }

    /** Which roadmaps lists show: the trainer's cohorts', the delegate's own and those shared in their cohort, the sponsor's endorsed. */
    public ReadScope roadmapScope() { return scope(); }

    // cohorts, sessions, programmes -----------------------------------------------------------------------

    /** Reading a cohort, its sessions and the names of its delegations. */
    public boolean mayRead(Cohort cohort) {
        var actor = actor();
        return actor.isAdmin() || actor.has(Role.TRAINER) || isMemberOf(cohort) || sponsors(cohort.programme());
    }

    public void requireReadable(Cohort cohort) {
        requireSignedIn();
        if (!mayRead(cohort)) throw new AccessDenied("You may not read cohort " + cohort.name());
    }

    /** Which cohorts lists show: all for staff, the delegate's own, the sponsor's programmes'. */
    public ReadScope cohortScope() {
        return actor().has(Role.TRAINER) ? ReadScope.EVERYTHING : scope();
    }

    /** Creating a cohort, a module, a NAP event: administrators and trainers. */
    public boolean mayPlan() {
        var actor = actor();
        return actor.isAdmin() || actor.has(Role.TRAINER);
    }

    public void requirePlanning() {
        requireSignedIn();
        if (!mayPlan()) throw new AccessDenied("Only an administrator or a trainer may do this");
    }

    /** Changing a cohort, its delegations, participants, sessions, attendance and feedback. */
    public boolean mayPlan(Cohort cohort) {
        return actor().isAdmin() || isTrainerOf(cohort);
    }

    public void requireCohortPlanning(Cohort cohort) {
        requireSignedIn();
        if (!mayPlan(cohort)) throw new AccessDenied("Only an administrator or a trainer of cohort " + cohort.name() + " may change it");
    }

    /** Attendance, individual feedback and participant tables of the whole cohort: personal data. */
    public void requireCohortPersonalData(Cohort cohort) {
        requireSignedIn();
        if (!mayPlan(cohort)) throw new AccessDenied("The personal data of cohort " + cohort.name() + " is for its trainers");
    }

    /** The cohort's aggregate outcomes: its trainers and the sponsors of its programme. */
    public void requireOutcomes(Cohort cohort) {
        requireSignedIn();
        if (!mayReadOutcomes(cohort))
            throw new AccessDenied("The outcomes of cohort " + cohort.name() + " are for its trainers and sponsors");
    }

    /** A cohort's outcomes (figures, charts, the outcome report) are for its trainers and its programme's sponsors. */
    public boolean mayReadOutcomes(Cohort cohort) {
        return mayPlan(cohort) || sponsors(cohort.programme());
    }

    public boolean mayRead(Programme programme) {
        var actor = actor();
        return actor.isAdmin() || actor.has(Role.TRAINER) || sponsors(programme)
                || ownCohort().filter(cohort -> cohort.programme().sameAs(programme)).isPresent();
    }

    public void requireReadable(Programme programme) {
        requireSignedIn();
        if (!mayRead(programme)) throw new AccessDenied("You may not read programme " + programme.name());
    }

    /** Which programmes lists show: all for staff, the sponsor's, the delegate's cohort's. */
    public ReadScope programmeScope() { return cohortScope(); }

    /** A programme's aggregate outcomes: staff and its sponsors. */
    public void requireOutcomes(Programme programme) {
        requireSignedIn();
        if (!mayPlan() && !sponsors(programme))
            throw new AccessDenied("The outcomes of programme " + programme.name() + " are for its staff and sponsors");
    }

    /** Programmes' names, languages and templates are the administrator's; the reporting calendar also the trainers'. */
    public void requireReportingCalendar() { requirePlanning(); }

    // network governance -----------------------------------------------------------------------------------

    /** Electing, changing and removing the seats of a programme's executive committee: administrators and trainers. */
    public boolean mayGovern() { return mayPlan(); }

    /** The committee is read by whoever reads its programme (see {@link #requireReadable(Programme)}). */
    public void requireGovernance(Programme programme) {
        requireReadable(programme);
        if (!mayGovern()) throw new AccessDenied("Only an administrator or a trainer may change the committee of " + programme.name());
    }

    // delegations ------------------------------------------------------------------------------------------

    /** The delegation's participants, progress reports, assistance requests, mentoring notes, reporting periods. */
    public boolean mayReadPersonalData(Delegation delegation) {
        return mayAccompany(delegation) || isOwn(delegation);
    }

    public void requirePersonalData(Delegation delegation) {
        requireSignedIn();
        if (!mayReadPersonalData(delegation))
            throw new AccessDenied("You may not read the records of the delegation of " + delegation.country().name().en());
    }

    /** Writing the delegation's own progress reports and assistance requests. */
    public boolean mayActFor(Delegation delegation) {
        return actor().isAdmin() || isOwn(delegation);
    }

    public void requireActingFor(Delegation delegation) {
        requirePersonalData(delegation);
        if (!mayActFor(delegation))
            throw new AccessDenied("Only the delegation of " + delegation.country().name().en() + " may write its reports and requests");
    }

    /** Reviewing reports, answering requests, logging mentoring, enrolling participants: the cohort's trainers. */
    public boolean mayAccompany(Delegation delegation) {
        return actor().isAdmin() || isTrainerOf(delegation.cohort());
    }

    public void requireAccompanying(Delegation delegation) {
        requireSignedIn();
        if (!mayAccompany(delegation))
            throw new AccessDenied("Only a trainer of cohort " + delegation.cohort().name() + " may do this");
    }

    /** Which assistance requests lists show: a trainer's cohorts', a delegate's own delegation's, all for an administrator. */
    public ReadScope accompanimentScope() { return scope(); }

    /** The delegation the signed-in delegate belongs to, if any. */
    public Optional<Long> ownDelegation() {
        var actor = actor();
        return actor.has(Role.DELEGATE) ? actor.delegation() : Optional.empty();
    }

    // the parts the rules are made of ---------------------------------------------------------------------

    private boolean isOwn(Delegation delegation) {
        return ownDelegation().filter(id -> Objects.equals(id, delegation.id())).isPresent();
    }

    private boolean isTrainerOf(Cohort cohort) {
        var actor = actor();
        return actor.has(Role.TRAINER) && cohort.hasTrainer(actor.username());
    }

    private boolean isMemberOf(Cohort cohort) {
        return ownCohort().filter(own -> own.sameAs(cohort)).isPresent();
    }

    private boolean sponsors(Programme programme) {
        var actor = actor();
        return actor.has(Role.SPONSOR) && programme.id() != null && actor.sponsoredProgrammes().contains(programme.id());
    }

    private Optional<Cohort> ownCohort() {
        return ownDelegation().flatMap(id -> cohortLookup().apply(id));
    }

    private LongFunction<Optional<Cohort>> cohortLookup() {
        if (cohortOfDelegation == null) cohortOfDelegation = id -> delegations.find(id).map(Delegation::cohort);
        return cohortOfDelegation;
    }

    private ReadScope scope() {
        var actor = actor();
        if (!actor.isSignedIn()) return ReadScope.NOTHING;
        if (actor.isAdmin()) return ReadScope.EVERYTHING;
        return new ReadScope(false, actor.has(Role.TRAINER) ? actor.username() : null, ownDelegation().orElse(null),
                actor.has(Role.SPONSOR) ? actor.sponsoredProgrammes() : Set.of());
    }
}
