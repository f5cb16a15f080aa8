package org.napacademy.infrastructure.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.DateRange;

/**
 * A programme run as gatherings of country delegations that adopt one shared roadmap (a parliamentary network's
 * outcome document, a ministerial roadmap of priorities): its words, template and tags, its sponsor and the sponsor's
 * demo user, one gathering with its member countries, the roadmap the gathering adopted and the executive committee it
 * elected (none for a programme without one). No person is named:
 * delegations are countries, results are assigned to them or to partner institutions.
 */
record GatheringPlan(String programmeName, String description, Set<ResultLevel> levels, List<ThematicTag> tags,
                     Vocabulary vocabulary, String sponsorName, String sponsorWebsite, String sponsorUsername,
                     String sponsorDisplayName, String gatheringName, Venue venue, DateRange dates, List<String> members,
                     String roadmapTitle, LocalDate adoptedOn, List<Priority> priorities, DateRange committeeTerm,
                     List<Seat> committee) {

    /** A seat of the executive committee the gathering elected: a role held by a country (a subregion for a vice-president). */
    record Seat(CommitteeRole role, Subregion subregion, String iso2) { }

    /** A top-level result of the shared roadmap, tagged with one of the programme's themes. */
    record Priority(String title, String tag, DateRange schedule, List<Action> actions) { }

    /**
     * A result under a priority, assigned to a member delegation ({@code assigneeIso2}) and/or carried by a partner
     * institution, with the milestone that marks it.
     */
    record Action(String title, String assigneeIso2, String partnerInstitution, DateRange schedule, String milestone,
                  LocalDate milestoneDue, ProgressStatus milestoneStatus) {

        static Action assigned(String title, String assigneeIso2, DateRange schedule, String milestone, String due, ProgressStatus status) {
            return new Action(title, assigneeIso2, null, schedule, milestone, LocalDate.parse(due), status);
        }

        static Action ofPartner(String title, String partner, DateRange schedule, String milestone, String due, ProgressStatus status) {
            return new Action(title, null, partner, schedule, milestone, LocalDate.parse(due), status);
        }
    }
}
