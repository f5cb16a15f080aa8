package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.withId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;

/** The rules {@link GatheringRoadmapService} adds around a gathering's shared roadmap, on one cohort held in memory. */
class GatheringRoadmapServiceTest {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-06-24");

    private Cohort cohort;
    private Delegation costaRica;
    private Delegation ecuador;
    private final List<Roadmap> stored = new ArrayList<>();
    private GatheringRoadmapService service;

    @BeforeEach
    void a_cohort_with_two_delegations() {
        cohort = withId(TestData.cohort(TestData.programme()), 1L);
        cohort.assignTrainer("trainer");
        costaRica = withId(new Delegation(cohort, TestData.costaRica()), 11L);
        ecuador = withId(new Delegation(cohort, new Country("EC", "ECU",
                new LocalizedText("Ecuador", "Ecuador", "Equador", "Équateur"), Subregion.SOUTH_AMERICA)), 12L);
        service = new GatheringRoadmapService();
        service.cohorts = Fakes.of(CohortRepository.class, Map.of("find", args -> Optional.of(cohort)));
        service.delegations = Fakes.of(DelegationRepository.class,
                Map.of("find", args -> Optional.of((long) args[0] == 11L ? costaRica : ecuador)));
        service.roadmaps = Fakes.of(RoadmapRepository.class, Map.of(
                "ofGathering", args -> stored.stream().findFirst(),
                "find", args -> stored.stream().findFirst(),
                "add", args -> stored.add((Roadmap) args[0]),
                "flush", args -> null));
        actingAs(new Actor(1L, "trainer", Set.of(Role.TRAINER), null, Set.of()));
    }

    private void actingAs(Actor actor) {
        service.access = new AccessPolicy(() -> actor,
                id -> id == costaRica.id() ? Optional.of(cohort) : id == ecuador.id() ? Optional.of(cohort) : Optional.empty());
    }

    private Roadmap adoptedWithAGoal() {
        var roadmap = service.create(1, "Outcome document");
        roadmap.addGoal("Human security", "PARTICIPATION", TestData.year(2025));
        return service.adopt(1, 0, FIRST_DAY);
    }

    @Test
    void a_cohort_has_one_shared_roadmap_and_a_second_is_refused() {
        var first = service.create(1, "Outcome document");
        assertThat(first.isGatheringRoadmap()).isTrue();
        assertThatThrownBy(() -> service.create(1, "Another outcome document"))
                .isInstanceOf(RoadmapRuleViolation.class).hasMessageContaining("Outcome document");
        assertThat(stored).containsExactly(first);
    }

    @Test
    void only_a_trainer_of_the_cohort_creates_its_shared_roadmap() {
        actingAs(new Actor(2L, "another.trainer", Set.of(Role.TRAINER), null, Set.of()));
        assertThatThrownBy(() -> service.create(1, "Outcome document")).isInstanceOf(AccessDenied.class);
        actingAs(new Actor(3L, "delegate.cr", Set.of(Role.DELEGATE), costaRica.id(), Set.of()));
        assertThatThrownBy(() -> service.create(1, "Outcome document")).isInstanceOf(AccessDenied.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void an_adoption_naming_an_old_version_changes_nothing() {
        var roadmap = service.create(1, "Outcome document");
        roadmap.addGoal("Human security", "PARTICIPATION", TestData.year(2025));
        assertThatThrownBy(() -> service.adopt(1, 4, FIRST_DAY)).isInstanceOf(StaleVersion.class);
        assertThat(roadmap.adoptedOn()).isEmpty();
    }

    @Test
    void the_trainer_records_and_withdraws_a_delegations_endorsement() {
        adoptedWithAGoal();
        var roadmap = service.recordEndorsement(1, 0, costaRica.id(), FIRST_DAY.plusDays(1));
        assertThat(roadmap.endorsedBy(costaRica)).isTrue();
        assertThat(roadmap.endorsements()).singleElement().satisfies(e -> assertThat(e.endorsedOn()).isEqualTo(FIRST_DAY.plusDays(1)));
        service.withdrawEndorsement(1, 0, costaRica.id());
        assertThat(roadmap.endorsements()).isEmpty();
    }

    @Test
    void a_delegate_endorses_for_their_own_delegation_only() {
        var roadmap = adoptedWithAGoal();
        actingAs(new Actor(3L, "delegate.cr", Set.of(Role.DELEGATE), costaRica.id(), Set.of()));
        service.recordEndorsement(1, 0, costaRica.id(), FIRST_DAY);
        assertThatThrownBy(() -> service.recordEndorsement(1, 0, ecuador.id(), FIRST_DAY)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.adopt(1, 0, FIRST_DAY)).isInstanceOf(AccessDenied.class);
        assertThat(roadmap.endorsements()).hasSize(1);
    }

    @Test
    void an_endorsement_naming_an_old_version_is_refused() {
        var roadmap = adoptedWithAGoal();
        assertThatThrownBy(() -> service.recordEndorsement(1, 3, ecuador.id(), FIRST_DAY)).isInstanceOf(StaleVersion.class);
        assertThat(roadmap.endorsements()).isEmpty();
    }
}
