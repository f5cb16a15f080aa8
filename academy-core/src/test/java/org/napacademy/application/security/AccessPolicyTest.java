package org.napacademy.application.security;

import static org.napacademy.domain.model.TestData.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.costaRica;
import static org.napacademy.domain.model.TestData.year;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.ReadScope;
import org.napacademy.domain.model.user.Role;

/**
 * The rules of DESIGN section 4 as a specification: each role against each kind of object, own against
 * another delegation, shared or not, endorsed or draft, trainer of the cohort or not.
 */
class AccessPolicyTest {

    // programme 1 runs cohorts 10 (trained by "trainer": Ecuador 100, Bolivia 101) and 20 (Trinidad and Tobago 200)
    private final Programme programme = withId(TestData.programme(), 1);
    private final Programme otherProgramme = withId(TestData.programme(), 2);
    private final Cohort cohort = withId(TestData.cohort(programme), 10);
    private final Cohort otherCohort = withId(TestData.cohort(programme), 20);
    private final Delegation ecuador = withId(new Delegation(cohort, costaRica()), 100);
    private final Delegation bolivia = withId(new Delegation(cohort, costaRica()), 101);
    private final Delegation trinidad = withId(new Delegation(otherCohort, costaRica()), 200);
    private final Roadmap ecuadorRoadmap = roadmap(ecuador);
    private final Roadmap boliviaRoadmap = roadmap(bolivia);
    private final Roadmap trinidadRoadmap = roadmap(trinidad);

    private final Actor admin = actor("admin", Role.ADMIN, null, Set.of());
    private final Actor trainer = actor("trainer", Role.TRAINER, null, Set.of());
    private final Actor sponsor = actor("sponsor", Role.SPONSOR, null, Set.of(1L));
    private final Actor otherSponsor = actor("other.sponsor", Role.SPONSOR, null, Set.of(2L));
    private final Actor delegateEc = actor("delegate.ec", Role.DELEGATE, 100L, Set.of());
    private final Actor delegateBo = actor("delegate.bo", Role.DELEGATE, 101L, Set.of());
    private final Actor delegateTt = actor("delegate.tt", Role.DELEGATE, 200L, Set.of());

    AccessPolicyTest() {
        cohort.assignTrainer("trainer");
        otherCohort.assignTrainer("another.trainer");
    }

    @Test
    void nobody_signed_in_is_refused_everything() {
        var policy = policy(Actor.ANONYMOUS);
        assertThatThrownBy(policy::requireSignedIn).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireReadable(ecuadorRoadmap)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireReadable(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireReadable(programme)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requirePersonalData(ecuador)).isInstanceOf(AccessDenied.class);
        assertThat(policy.roadmapScope().isEmpty()).isTrue();
        assertThat(policy.cohortScope().isEmpty()).isTrue();
    }

    @Test
    void an_administrator_and_the_system_may_do_everything() {
        for (var actor : new Actor[] {admin, Actor.SYSTEM}) {
            var policy = policy(actor);
            assertThatCode(() -> {
                policy.requireAdministrator();
                policy.requireEditable(trinidadRoadmap);
                policy.requireReview(trinidadRoadmap);
                policy.requireSharing(trinidadRoadmap);
                policy.requireCohortPlanning(otherCohort);
                policy.requireCohortPersonalData(otherCohort);
                policy.requireActingFor(trinidad);
                policy.requireAccompanying(trinidad);
                policy.requireOutcomes(otherProgramme);
            }).doesNotThrowAnyException();
            assertThat(policy.roadmapScope()).isEqualTo(ReadScope.EVERYTHING);
        }
    }

    @Test
    void a_delegate_reads_and_edits_their_own_roadmap_and_reads_their_records() {
        var policy = policy(delegateEc);
        assertThat(policy.mayRead(ecuadorRoadmap)).isTrue();
        assertThat(policy.mayEdit(ecuadorRoadmap)).isTrue();
        assertThatCode(() -> {
            policy.requireSharing(ecuadorRoadmap);
            policy.requirePersonalData(ecuador);
            policy.requireActingFor(ecuador);
        }).doesNotThrowAnyException();
        assertThat(policy.mayReview(ecuadorRoadmap)).as("endorsing is the trainers'").isFalse();
        assertThatThrownBy(() -> policy.requireAccompanying(ecuador)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_delegate_never_reads_another_delegations_roadmap_or_records() {
        var policy = policy(delegateBo);
        assertThatThrownBy(() -> policy.requireReadable(ecuadorRoadmap)).isInstanceOf(AccessDenied.class)
                .hasMessage("You may not read the roadmap of another delegation");
        assertThatThrownBy(() -> policy.requireEditable(ecuadorRoadmap)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requirePersonalData(ecuador)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireActingFor(ecuador)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy(delegateTt).requireReadable(ecuadorRoadmap)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_roadmap_shared_with_the_cohort_is_read_by_its_delegations_only_and_never_changed_by_them() {
        ecuadorRoadmap.shareWithCohort();
        var peer = policy(delegateBo);
        assertThat(peer.mayRead(ecuadorRoadmap)).isTrue();
        assertThat(peer.mayEdit(ecuadorRoadmap)).isFalse();
        assertThatThrownBy(() -> peer.requireSharing(ecuadorRoadmap)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> peer.requirePersonalData(ecuador)).as("never its participants or reports")
                .isInstanceOf(AccessDenied.class);
        assertThat(policy(delegateTt).mayRead(ecuadorRoadmap)).as("another cohort").isFalse();
        assertThat(policy(sponsor).mayRead(ecuadorRoadmap)).as("sharing is not endorsing").isFalse();
        ecuadorRoadmap.stopSharingWithCohort();
        assertThat(peer.mayRead(ecuadorRoadmap)).isFalse();
    }

    @Test
    void a_delegate_reads_their_cohort_and_programme_but_no_other_cohort_and_plans_nothing() {
        var policy = policy(delegateEc);
        assertThat(policy.mayRead(cohort)).isTrue();
        assertThat(policy.mayRead(otherCohort)).isFalse();
        assertThat(policy.mayRead(programme)).isTrue();
        assertThat(policy.mayRead(otherProgramme)).isFalse();
        assertThat(policy.mayPlan()).isFalse();
        assertThatThrownBy(() -> policy.requireCohortPersonalData(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireOutcomes(cohort)).isInstanceOf(AccessDenied.class);
        assertThat(policy.roadmapScope()).isEqualTo(new ReadScope(false, null, 100L, Set.of()));
        assertThat(policy.cohortScope()).isEqualTo(new ReadScope(false, null, 100L, Set.of()));
    }

    @Test
    void a_trainer_reads_and_reviews_the_roadmaps_of_the_cohorts_they_train_but_never_edits_them() {
        var policy = policy(trainer);
        assertThat(policy.mayRead(ecuadorRoadmap)).isTrue();
        assertThat(policy.mayReview(ecuadorRoadmap)).isTrue();
        assertThat(policy.mayEdit(ecuadorRoadmap)).isFalse();
        assertThatThrownBy(() -> policy.requireSharing(ecuadorRoadmap)).isInstanceOf(AccessDenied.class);
        assertThat(policy.mayRead(trinidadRoadmap)).as("a cohort they do not train").isFalse();
        assertThat(policy.roadmapScope()).isEqualTo(new ReadScope(false, "trainer", null, Set.of()));
    }

    @Test
    void a_trainer_plans_and_accompanies_only_the_cohorts_they_train_and_reads_every_cohort() {
        var policy = policy(trainer);
        assertThat(policy.mayPlan()).isTrue();
        assertThat(policy.mayPlan(cohort)).isTrue();
        assertThat(policy.mayPlan(otherCohort)).isFalse();
        assertThat(policy.mayRead(otherCohort)).isTrue();
        assertThat(policy.mayAccompany(ecuador)).isTrue();
        assertThat(policy.mayAccompany(trinidad)).isFalse();
        assertThat(policy.mayReadPersonalData(bolivia)).isTrue();
        assertThat(policy.mayReadPersonalData(trinidad)).isFalse();
        assertThat(policy.mayActFor(ecuador)).as("reports are the delegation's").isFalse();
        assertThatThrownBy(policy::requireAdministrator).isInstanceOf(AccessDenied.class);
        assertThat(policy.cohortScope()).isEqualTo(ReadScope.EVERYTHING);
    }

    @Test
    void a_sponsor_reads_endorsed_roadmaps_of_the_programmes_they_fund_only() {
        endorse(ecuadorRoadmap);
        assertThat(policy(sponsor).mayRead(ecuadorRoadmap)).isTrue();
        assertThat(policy(sponsor).mayRead(boliviaRoadmap)).as("a draft").isFalse();
        assertThat(policy(otherSponsor).mayRead(ecuadorRoadmap)).as("another programme").isFalse();
        assertThat(policy(sponsor).mayEdit(ecuadorRoadmap)).isFalse();
        assertThat(policy(sponsor).mayReview(ecuadorRoadmap)).isFalse();
        assertThat(policy(sponsor).roadmapScope()).isEqualTo(new ReadScope(false, null, null, Set.of(1L)));
    }

    @Test
    void a_sponsor_reads_the_cohorts_and_outcomes_of_their_programmes_but_no_personal_data() {
        var policy = policy(sponsor);
        assertThat(policy.mayRead(cohort)).isTrue();
        assertThat(policy.mayRead(programme)).isTrue();
        assertThat(policy.mayRead(otherProgramme)).isFalse();
        assertThatCode(() -> {
            policy.requireOutcomes(cohort);
            policy.requireOutcomes(programme);
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireOutcomes(otherProgramme)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireCohortPersonalData(cohort)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requirePersonalData(ecuador)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.requireCohortPlanning(cohort)).isInstanceOf(AccessDenied.class);
        assertThat(policy(otherSponsor).mayRead(cohort)).isFalse();
    }

    // helpers ----------------------------------------------------------------------------------------------

    private AccessPolicy policy(Actor actor) {
        var cohorts = Map.of(100L, cohort, 101L, cohort, 200L, otherCohort);
        return new AccessPolicy(() -> actor, id -> Optional.ofNullable(cohorts.get(id)));
    }

    private static Actor actor(String username, Role role, Long delegationId, Set<Long> programmes) {
        return new Actor((long) username.hashCode(), username, Set.of(role), delegationId, programmes);
    }

    private static Roadmap roadmap(Delegation delegation) {
        var roadmap = withId(new Roadmap(delegation, "Roadmap of " + delegation.id()), delegation.id() + 1000);
        roadmap.addGoal("Women shape security policy", Pillar.PARTICIPATION, year(2026));
        return roadmap;
    }

    private static void endorse(Roadmap roadmap) {
        roadmap.submit();
        roadmap.endorse();
    }

}
