package org.napacademy.domain.model.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.range;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.shared.LocalizedText;

/** The executive committee of the parliamentary network elected in Panama City, 27-28 November 2025. */
class CommitteeSeatTest {
    private final Programme network = new Programme("Parliamentary network on security", null, java.util.Set.of("en", "es"));
    private final Cohort panamaCity = new Cohort(network, "First gathering, Panama City",
            new Venue("National Assembly", "Panama City", "PA", "America/Panama"), range("2025-11-27", "2025-11-28"));
    private final Country canada = country("CA", "CAN", "Canada", Subregion.NORTH_AMERICA);
    private final Country mexico = country("MX", "MEX", "Mexico", Subregion.NORTH_AMERICA);
    private final Country panama = country("PA", "PAN", "Panama", Subregion.CENTRAL_AMERICA);
    private final Country chile = country("CL", "CHL", "Chile", Subregion.SOUTH_AMERICA);
    private final Country barbados = country("BB", "BRB", "Barbados", Subregion.CARIBBEAN);

    @Test
    void a_vice_president_represents_the_subregion_its_country_lies_in() {
        var seat = seat(CommitteeRole.VICE_PRESIDENT, Subregion.CENTRAL_AMERICA, panama);
        assertThat(seat.subregion()).contains(Subregion.CENTRAL_AMERICA);
        assertThat(seat.electedAt()).isSameAs(panamaCity);

        assertThatThrownBy(() -> seat(CommitteeRole.VICE_PRESIDENT, Subregion.CARIBBEAN, chile))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("Chile lies in SOUTH_AMERICA");
        assertThatThrownBy(() -> seat(CommitteeRole.VICE_PRESIDENT, null, chile))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("represents a subregion");
    }

    @Test
    void only_a_vice_president_names_a_subregion() {
        assertThat(seat(CommitteeRole.PRESIDENT, null, canada).subregion()).isEmpty();
        assertThatThrownBy(() -> seat(CommitteeRole.TREASURER, Subregion.NORTH_AMERICA, canada))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("Only a vice-president");
    }

    @Test
    void the_electing_gathering_belongs_to_the_programme() {
        var ministerial = new Programme("EU-CLASI ministerial cooperation", null, java.util.Set.of("en", "es"));
        var otherGathering = new Cohort(ministerial, "Joint declaration", new Venue("Ministry", "Brussels", "PA", "UTC"),
                range("2025-11-27", "2025-11-28"));

        assertThatThrownBy(() -> new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, canada, range("2025-11-28", "2027-11-27"), otherGathering))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("another programme");
    }

    @Test
    void a_term_starts_at_the_electing_gathering_at_the_earliest() {
        assertThatThrownBy(() -> new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, canada, range("2025-11-26", "2027-11-27"), panamaCity))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("2025-11-27");
        var seat = new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, canada, range("2025-11-27", "2027-11-27"), panamaCity);
        assertThat(seat.term().start()).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThatThrownBy(() -> seat.changeTerm(range("2025-01-01", "2027-11-27"))).isInstanceOf(GovernanceRuleViolation.class);
        assertThat(seat.term()).isEqualTo(range("2025-11-27", "2027-11-27"));
    }

    @Test
    void a_term_is_extended_and_tells_whether_the_seat_is_current() {
        var seat = seat(CommitteeRole.PRESIDENT, null, canada);
        seat.extendTerm(LocalDate.of(2028, 6, 30));

        assertThat(seat.term()).isEqualTo(range("2025-11-28", "2028-06-30"));
        assertThat(seat.isCurrentOn(LocalDate.of(2028, 6, 30))).isTrue();
        assertThat(seat.isCurrentOn(LocalDate.of(2028, 7, 1))).isFalse();
        assertThatThrownBy(() -> seat.extendTerm(LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_seat_is_reassigned_under_the_same_rules() {
        var seat = seat(CommitteeRole.MEMBER, null, mexico);
        seat.reassign(CommitteeRole.VICE_PRESIDENT, Subregion.NORTH_AMERICA, mexico);
        assertThat(seat.role()).isEqualTo(CommitteeRole.VICE_PRESIDENT);

        assertThatThrownBy(() -> seat.reassign(CommitteeRole.VICE_PRESIDENT, Subregion.NORTH_AMERICA, barbados))
                .isInstanceOf(GovernanceRuleViolation.class);
        assertThat(seat.country()).isSameAs(mexico);
        assertThatThrownBy(() -> seat.reassign(null, null, mexico)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_committee_has_one_president_at_a_time() {
        var canadian = seat(CommitteeRole.PRESIDENT, null, canada);
        var chilean = new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, chile, range("2027-11-01", "2029-10-31"), panamaCity);
        var following = new CommitteeSeat(network, CommitteeRole.PRESIDENT, null, chile, range("2027-11-28", "2029-11-27"), panamaCity);
        var vice = seat(CommitteeRole.VICE_PRESIDENT, Subregion.SOUTH_AMERICA, chile);

        assertThatThrownBy(() -> chilean.requireSolePresidency(List.of(canadian)))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessageContaining("Canada presides from 2025-11-28 to 2027-11-27");
        following.requireSolePresidency(List.of(canadian));
        canadian.requireSolePresidency(List.of(canadian));
        vice.requireSolePresidency(List.of(canadian));
    }

    @Test
    void the_committee_lists_the_president_then_the_vice_presidents_by_subregion_then_the_other_seats() {
        var seats = new ArrayList<>(List.of(
                seat(CommitteeRole.MEMBER, null, chile),
                seat(CommitteeRole.VICE_PRESIDENT, Subregion.SOUTH_AMERICA, chile),
                seat(CommitteeRole.SECRETARY, null, panama),
                seat(CommitteeRole.VICE_PRESIDENT, Subregion.CARIBBEAN, barbados),
                seat(CommitteeRole.VICE_PRESIDENT, Subregion.NORTH_AMERICA, mexico),
                seat(CommitteeRole.PRESIDENT, null, canada),
                seat(CommitteeRole.VICE_PRESIDENT, Subregion.CENTRAL_AMERICA, panama)));

        seats.sort(CommitteeSeat.COMMITTEE_ORDER);

        assertThat(seats).extracting(seat -> seat.role() + " " + seat.country().iso2()).containsExactly(
                "PRESIDENT CA", "VICE_PRESIDENT MX", "VICE_PRESIDENT PA", "VICE_PRESIDENT BB", "VICE_PRESIDENT CL",
                "SECRETARY PA", "MEMBER CL");
    }

    private CommitteeSeat seat(CommitteeRole role, Subregion subregion, Country country) {
        return new CommitteeSeat(network, role, subregion, country, range("2025-11-28", "2027-11-27"), panamaCity);
    }

    private static Country country(String iso2, String iso3, String name, Subregion subregion) {
        return new Country(iso2, iso3, LocalizedText.english(name), subregion);
    }
}
