package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.governance.CommitteeRole;
import org.napacademy.domain.model.governance.CommitteeSeat;
import org.napacademy.domain.model.governance.CommitteeSeatRepository;
import org.napacademy.domain.model.governance.GovernanceRuleViolation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;

/** The committee's service: who may change it, one president at a time against the stored presidencies, versions first. */
class GovernanceServiceTest {
    private static final Actor TRAINER = new Actor(2L, "trainer", Set.of(Role.TRAINER), null, Set.of());
    private static final Actor SPONSOR = new Actor(4L, "sponsor", Set.of(Role.SPONSOR), null, Set.of(1L));
    private final Programme network = TestData.withId(TestData.programme(), 1L);
    private final Cohort gathering = TestData.withId(TestData.cohort(network), 7L);
    private final Country canada = new Country("CA", "CAN", LocalizedText.english("Canada"), Subregion.NORTH_AMERICA);
    private final Country chile = new Country("CL", "CHL", LocalizedText.english("Chile"), Subregion.SOUTH_AMERICA);
    private final CommitteeSeat canadianPresidency = TestData.withId(new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, canada,
            range("2025-06-26", "2027-06-25"), gathering), 70L);
    private final List<Object> stored = new ArrayList<>();

    private GovernanceService service(Actor actor) {
        var service = new GovernanceService();
        service.access = new AccessPolicy(() -> actor, id -> Optional.empty());
        service.programmes = Fakes.of(ProgrammeRepository.class, Map.of("find", args -> Optional.of(network)));
        service.cohorts = Fakes.of(CohortRepository.class, Map.of("find", args -> Optional.of(gathering),
                "ofProgramme", args -> List.of(gathering)));
        service.countries = Fakes.of(CountryRepository.class, Map.of("find",
                args -> Optional.ofNullable(Map.of("CA", canada, "CL", chile).get((String) args[0]))));
        Map<String, Function<Object[], Object>> seats = new HashMap<>();
        seats.put("find", args -> Optional.of(canadianPresidency));
        seats.put("ofProgramme", args -> List.of(canadianPresidency));
        seats.put("presidenciesOverlapping", args -> List.of(canadianPresidency));
        seats.put("add", args -> stored.add(args[0]));
        seats.put("remove", args -> stored.add("removed " + args[0]));
        seats.put("flush", args -> null);
        service.seats = Fakes.of(CommitteeSeatRepository.class, seats);
        service.clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        return service;
    }

    private static SeatChange seat(CommitteeRole role, Subregion subregion, String country, String start, String end) {
        return new SeatChange(role, subregion, country, LocalDate.parse(start), LocalDate.parse(end), 7L);
    }

    @Test
    void a_trainer_elects_a_vice_president_and_the_committee_tells_which_seats_serve_today() {
        var service = service(TRAINER);
        var elected = service.elect(new NewSeat(1L, seat(CommitteeRole.VICE_PRESIDENT, Subregion.SOUTH_AMERICA, "cl", "2025-06-26", "2027-06-25")));

        assertThat(stored).containsExactly(elected);
        assertThat(elected.country()).isSameAs(chile);
        var committee = service.committee(1L);
        assertThat(committee.today()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(committee.isCurrent(canadianPresidency)).isTrue();
    }

    @Test
    void a_second_president_in_an_overlapping_term_is_refused_and_nothing_is_stored() {
        var service = service(TRAINER);
        assertThatThrownBy(() -> service.elect(new NewSeat(1L, seat(CommitteeRole.PRESIDENT, null, "CL", "2027-06-25", "2029-06-24"))))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("Canada presides");
        assertThat(stored).isEmpty();
    }

    @Test
    void the_president_changes_its_own_term_without_colliding_with_itself() {
        var changed = service(TRAINER).change(70L, 0L, seat(CommitteeRole.PRESIDENT, null, "CA", "2025-06-26", "2028-06-25"));
        assertThat(changed.term()).isEqualTo(range("2025-06-26", "2028-06-25"));
    }

    @Test
    void a_sponsor_reads_the_committee_of_the_programme_they_fund_but_changes_nothing() {
        var service = service(SPONSOR);
        assertThat(service.committee(1L).seats()).containsExactly(canadianPresidency);
        assertThat(service.mayGovern()).isFalse();
        assertThatThrownBy(() -> service.remove(70L, 0L)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> service.elect(new NewSeat(1L, seat(CommitteeRole.MEMBER, null, "CL", "2025-06-26", "2027-06-25"))))
                .isInstanceOf(AccessDenied.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_stale_version_or_an_unknown_country_changes_nothing() {
        var service = service(TRAINER);
        assertThatThrownBy(() -> service.change(70L, 3L, seat(CommitteeRole.PRESIDENT, null, "CL", "2025-06-26", "2027-06-25")))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> service.change(70L, 0L, seat(CommitteeRole.PRESIDENT, null, "ZZ", "2025-06-26", "2027-06-25")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
        assertThat(canadianPresidency.country()).isSameAs(canada);
        assertThatThrownBy(() -> service.remove(70L, 3L)).isInstanceOf(StaleVersion.class);
        assertThat(stored).isEmpty();
    }
}
