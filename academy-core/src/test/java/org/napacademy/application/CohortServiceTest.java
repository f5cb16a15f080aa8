package org.napacademy.application;

import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.costaRica;
import static org.napacademy.domain.model.TestData.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.country.CountryRepository;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.curriculum.SessionRepository;
import org.napacademy.domain.model.delegation.DelegationRepository;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.CohortRepository;
import org.napacademy.domain.model.programme.CohortRuleViolation;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeRepository;
import org.napacademy.domain.model.shared.LocalizedText;

class CohortServiceTest {

    private final Programme programme = programme();
    private final List<Cohort> added = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final CohortService service = new CohortService();

    @BeforeEach
    void wire() {
        service.cohorts = Fakes.of(CohortRepository.class, Map.of(
                "add", args -> added.add((Cohort) args[0]),
                "flush", args -> null,
                "find", args -> added.stream().findFirst()));
        service.access = new AccessPolicy(() -> Actor.SYSTEM);
        service.programmes = new ProgrammeService();
        service.programmes.access = service.access;
        service.programmes.programmes = Fakes.of(ProgrammeRepository.class, Map.of("find", args -> Optional.of(programme)));
        service.countries = Fakes.of(CountryRepository.class, Map.of(
                "find", args -> "CR".equals(args[0]) ? Optional.of(costaRica()) : Optional.empty()));
        service.delegations = Fakes.of(DelegationRepository.class, Map.of("countOf", args -> 0L));
        service.sessions = Fakes.of(SessionRepository.class, Map.of("ofCohort", args -> sessions));
    }

    @Test
    void a_cohort_without_time_zone_or_venue_name_meets_in_utc_in_its_city() {
        var cohort = service.create(draft(null, null, Set.of("trainer.ana"))).cohort();

        assertThat(cohort.venue().timeZone().getId()).isEqualTo("UTC");
        assertThat(cohort.venue().name()).isEqualTo("San José");
        assertThat(cohort.trainers()).containsExactly("trainer.ana");
        assertThat(added).containsExactly(cohort);
    }

    @Test
    void an_unknown_time_zone_is_a_bad_argument_not_a_server_error() {
        assertThatThrownBy(() -> service.create(draft("America/Atlantis", "Hotel", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("America/Atlantis");
        assertThat(added).isEmpty();
    }

    @Test
    void a_country_outside_the_platform_is_a_bad_argument() {
        var draft = new CohortDraft(1L, "Atlantis 2025", null, "Atlantis", "XX", null,
                LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26), null);

        assertThatThrownBy(() -> service.create(draft)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
    }

    @Test
    void new_dates_that_would_leave_a_session_outside_are_refused() {
        var cohort = service.create(draft(null, null, Set.of("trainer.ana"))).cohort();
        sessions.add(session(cohort, LocalDateTime.of(2025, 6, 26, 9, 0)));
        var shorter = new CohortDraft(null, cohort.name(), cohort.venue().name(), "San José", "CR", "UTC",
                LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 25), null);

        assertThatThrownBy(() -> service.update(1, 0, shorter)).isInstanceOf(CohortRuleViolation.class);
        assertThat(cohort.dates().end()).isEqualTo(LocalDate.of(2025, 6, 26));
    }

    @Test
    void a_trainer_who_runs_a_session_is_not_released() {
        var cohort = service.create(draft(null, null, Set.of("trainer.ana", "trainer.bea"))).cohort();
        var session = session(cohort, LocalDateTime.of(2025, 6, 25, 9, 0));
        session.assignTrainer("trainer.ana");
        sessions.add(session);

        assertThatThrownBy(() -> service.replaceTrainers(1, 0, Set.of("trainer.bea"))).isInstanceOf(CohortRuleViolation.class);
        service.replaceTrainers(1, 0, Set.of("trainer.ana", "trainer.carl"));
        assertThat(cohort.trainers()).containsExactly("trainer.ana", "trainer.carl");
    }

    @Test
    void a_cohort_never_goes_back_to_planned() {
        service.create(draft(null, null, null));
        service.changeStatus(1, null, CohortStatus.IN_SESSION);

        assertThatThrownBy(() -> service.changeStatus(1, null, CohortStatus.PLANNED)).isInstanceOf(CohortRuleViolation.class);
    }

    @Test
    void a_write_naming_an_older_version_is_refused() {
        service.create(draft(null, null, null));

        assertThatThrownBy(() -> service.changeStatus(1, 7L, CohortStatus.IN_SESSION)).isInstanceOf(StaleVersion.class);
    }

    private CohortDraft draft(String timeZone, String venueName, Set<String> trainers) {
        return new CohortDraft(1L, "2025 San José", venueName, "San José", "CR", timeZone,
                LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26), trainers);
    }

    private Session session(Cohort cohort, LocalDateTime start) {
        var module = new org.napacademy.domain.model.curriculum.Module(programme, "LOCALIZATION",
                LocalizedText.english("Localization"), 90, 1);
        return new Session(cohort, module, start, start.plusHours(2), "Room A");
    }
}
