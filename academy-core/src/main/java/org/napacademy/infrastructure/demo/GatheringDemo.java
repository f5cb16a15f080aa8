package org.napacademy.infrastructure.demo;

import java.util.LinkedHashMap;
import java.util.List;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Sponsor;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;

/** Loads a {@link GatheringPlan} through the domain's operations, as {@link DemoAcademy} does for the academy. */
final class GatheringDemo {

    /** What was loaded, for the demo summary and for the users the caller adds. */
    record Loaded(Programme programme, Sponsor sponsor, Cohort gathering, List<Delegation> delegations, Roadmap roadmap,
                  List<CommitteeSeat> committee) { }

    private GatheringDemo() { }

    static Loaded load(GatheringPlan plan, DemoDataSink sink, String trainer) {
        var programme = new Programme(plan.programmeName(), plan.description(), java.util.Set.of("en", "es", "pt", "fr"));
        programme.changeTemplate(new RoadmapTemplate(plan.levels(), plan.tags()));
        programme.useVocabulary(plan.vocabulary());
        sink.add(programme);
        var sponsor = new Sponsor(plan.sponsorName(), plan.sponsorWebsite());
        sink.add(sponsor);

        var gathering = new Cohort(programme, plan.gatheringName(), plan.venue(), plan.dates());
        gathering.addSponsor(sponsor);
        gathering.assignTrainer(trainer);
        sink.add(gathering);
        var delegations = new LinkedHashMap<String, Delegation>();
        for (var iso2 : plan.members()) {
            var delegation = new Delegation(gathering, sink.country(iso2));
            sink.add(delegation);
            delegations.put(iso2, delegation);
        }
        // the gathering has met: what remains is following its roadmap
        gathering.startSessions();
        gathering.startAccompaniment();

        var roadmap = Roadmap.ofGathering(gathering, plan.roadmapTitle());
        var levels = new RoadmapTemplate(plan.levels(), plan.tags());
        var actionLevel = levels.levelBelow(ResultLevel.GOAL).orElseThrow();
        var milestoneLevel = levels.levelBelow(actionLevel).orElseThrow();
        for (var priorityPlan : plan.priorities()) {
            var priority = roadmap.addGoal(priorityPlan.title(), priorityPlan.tag(), priorityPlan.schedule());
            for (var actionPlan : priorityPlan.actions()) {
                var action = priority.addChild(actionLevel, actionPlan.title(), actionPlan.schedule());
                action.assignResponsibility(actionPlan.partnerInstitution());
                if (actionPlan.assigneeIso2() != null) action.assignTo(delegations.get(actionPlan.assigneeIso2()));
                var milestone = action.addChild(milestoneLevel, actionPlan.milestone(),
                        DateRange.of(actionPlan.schedule().start(), actionPlan.milestoneDue()));
                milestone.changeStatus(actionPlan.milestoneStatus());
                action.changeStatus(action.rolledUpStatus());
            }
            priority.changeStatus(priority.rolledUpStatus());
        }
        roadmap.adopt(plan.adoptedOn());
        delegations.values().forEach(delegation -> roadmap.recordEndorsement(delegation, plan.adoptedOn()));
        sink.add(roadmap);
        var committee = plan.committee().stream().map(seat -> new CommitteeSeat(programme, seat.role(), seat.subregion(),
                sink.country(seat.iso2()), plan.committeeTerm(), gathering)).toList();
        committee.forEach(sink::add);
        return new Loaded(programme, sponsor, gathering, List.copyOf(delegations.values()), roadmap, committee);
    }
}
