package org.napacademy.domain.model.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;
import static org.napacademy.domain.model.TestData.withId;
import static org.napacademy.domain.model.TestData.years;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.shared.LocalizedText;

/** A gathering's shared roadmap: owned by the cohort, adopted on a day, endorsed by its delegations, results assigned to them. */
class GatheringRoadmapTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 26);

    private final org.napacademy.domain.model.programme.Cohort gathering = withId(TestData.cohort(TestData.programme()), 1);
    private final Delegation costaRica = withId(new Delegation(gathering, TestData.costaRica()), 2);
    private final Delegation panama = withId(new Delegation(gathering,
            new Country("PA", "PAN", new LocalizedText("Panama", "Panamá", "Panamá", "Panama"), Subregion.CENTRAL_AMERICA)), 3);
    private final Roadmap shared = Roadmap.ofGathering(gathering, "Panama City outcome document");

    @Test
    void a_shared_roadmap_belongs_to_the_cohort_and_to_no_delegation() {
        assertThat(shared.isGatheringRoadmap()).isTrue();
        assertThat(shared.delegation()).isEmpty();
        assertThat(shared.cohort()).isSameAs(gathering);
        assertThat(shared.programme()).isSameAs(gathering.programme());
        var own = new Roadmap(costaRica, "Costa Rica's roadmap");
        assertThat(own.isGatheringRoadmap()).isFalse();
        assertThat(own.cohort()).isSameAs(gathering);
    }

    @Test
    void the_gathering_adopts_it_on_a_day_not_before_it_met_and_only_with_a_goal() {
        assertThatThrownBy(() -> shared.adopt(LAST_DAY)).isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("goal");
        shared.addGoal("Women shape security policy", Pillar.PARTICIPATION, years(2025, 2027));
        assertThatThrownBy(() -> shared.adopt(LocalDate.of(2025, 6, 23))).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(shared::endorse).as("adopted, not endorsed by review").isInstanceOf(RoadmapRuleViolation.class);

        shared.adopt(LAST_DAY);

        assertThat(shared.status()).isEqualTo(RoadmapStatus.ENDORSED);
        assertThat(shared.adoptedOn()).contains(LAST_DAY);
        shared.reopen();
        assertThat(shared.adoptedOn()).as("a reopened document is no longer adopted").isEmpty();
    }

    @Test
    void each_delegation_of_the_gathering_endorses_it_once_on_or_after_the_adoption() {
        shared.addGoal("Women shape security policy", Pillar.PARTICIPATION, years(2025, 2027));
        assertThatThrownBy(() -> shared.recordEndorsement(costaRica, LAST_DAY)).as("before adoption").isInstanceOf(RoadmapRuleViolation.class);
        shared.adopt(LAST_DAY);

        shared.recordEndorsement(costaRica, LAST_DAY);
        shared.recordEndorsement(panama, LAST_DAY.plusDays(30));

        assertThat(shared.endorsements()).extracting(e -> e.delegation().country().iso2()).containsExactly("CR", "PA");
        assertThatThrownBy(() -> shared.recordEndorsement(costaRica, LAST_DAY)).isInstanceOf(RoadmapRuleViolation.class);
        var elsewhere = withId(new Delegation(withId(TestData.cohort(TestData.programme()), 9), TestData.costaRica()), 10);
        assertThatThrownBy(() -> shared.recordEndorsement(elsewhere, LAST_DAY)).isInstanceOf(RoadmapRuleViolation.class);
        shared.withdrawEndorsement(costaRica);
        assertThat(shared.endorsedBy(costaRica)).isFalse();
        assertThat(shared.endorsedBy(panama)).isTrue();
        var own = new Roadmap(costaRica, "Costa Rica's roadmap");
        assertThatThrownBy(() -> own.recordEndorsement(costaRica, LAST_DAY)).isInstanceOf(RoadmapRuleViolation.class);
    }

    @Test
    void its_results_are_assigned_to_the_gathering_s_delegations_only() {
        var goal = shared.addGoal("Women shape security policy", Pillar.PARTICIPATION, years(2025, 2027));
        var action = goal.addChild(ResultLevel.OUTCOME, "More women mediate", range("2025-07-01", "2026-06-30"));

        action.assignTo(panama);
        assertThat(action.assignedDelegation()).contains(panama);
        action.assignTo(null);
        assertThat(action.assignedDelegation()).isEmpty();
        var elsewhere = withId(new Delegation(withId(TestData.cohort(TestData.programme()), 9), TestData.costaRica()), 10);
        assertThatThrownBy(() -> action.assignTo(elsewhere)).isInstanceOf(RoadmapRuleViolation.class);
        var ownGoal = new Roadmap(costaRica, "Costa Rica's roadmap").addGoal("Goal", Pillar.PREVENTION, years(2025, 2026));
        assertThatThrownBy(() -> ownGoal.assignTo(costaRica)).as("a delegation's roadmap has no assignees")
                .isInstanceOf(RoadmapRuleViolation.class);
    }
}
