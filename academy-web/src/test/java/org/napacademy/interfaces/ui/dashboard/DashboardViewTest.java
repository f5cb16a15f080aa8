package org.napacademy.interfaces.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tabs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.interfaces.charts.OutcomeCharts;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.CountryService;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.application.ModuleOutcome;
import org.napacademy.application.OutcomeFigures;
import org.napacademy.application.OutcomeService;
import org.napacademy.application.ProgrammeOutcomes;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.TrainingOutcome;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.TestAcademy;
import org.napacademy.interfaces.ui.ViewTestSupport;

/** The dashboard over test doubles of the outcome, programme, roadmap and country services. */
class DashboardViewTest {
    private final TestAcademy academy = new TestAcademy();
    private final List<Long> programmesAsked = new ArrayList<>();
    private final List<Long> cohortsAsked = new ArrayList<>();
    private List<CohortOutcomes> cohorts = List.of(portOfSpain(), panamaCity());

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void the_first_programmes_cohorts_are_compared_side_by_side() {
        open(Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("Dashboard");
        assertThat(programmesAsked).containsExactly(1L);
        @SuppressWarnings("unchecked")
        Grid<DashboardView.ComparedCohort> comparison = _get(Grid.class, spec -> spec.withClasses("cohort-comparison"));
        assertThat(GridKt._size(comparison)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(comparison, 0)).contains("2024 Port of Spain", "20");
        assertThat(GridKt._getFormattedRow(comparison, 1)).contains("2025 Panama City", "24", "75%", "4.2", "50%", "USD 40%");
        assertThat(svgs().get(0)).contains("2024 Port of Spain", "2025 Panama City", "Attendance rate", "Activities done");
    }

    @Test
    void another_cohorts_tab_reads_that_cohorts_outcomes_when_it_is_chosen() {
        open(Locale.ENGLISH);
        assertThat(cohortsAsked).as("the newest cohort's outcomes came with the comparison").isEmpty();

        _get(Tabs.class).setSelectedIndex(0);

        assertThat(cohortsAsked).containsExactly(3L);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("2024 Port of Spain").doesNotContain("2025 Panama City");
    }

    @Test
    void the_newest_cohort_is_shown_in_charts_with_translated_statuses_and_its_nap_table() {
        open(Locale.ENGLISH);

        assertThat(_get(Tabs.class).getSelectedIndex()).isEqualTo(1);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("2025 Panama City");
        var charts = String.join("\n", svgs());
        assertThat(charts).contains("Female: 15", "Male: 9", "Government", "Civil society", "Bolivia",
                "Done", "At risk", "Not started", "USD · 1,000 planned", "40%", "Theory of change");
        @SuppressWarnings("unchecked")
        Grid<DelegationOutcome> nap = _get(Grid.class, spec -> spec.withClasses("nap-status"));
        assertThat(GridKt._getFormattedRow(nap, 0)).startsWith("Bolivia", "Drafting");
        assertThat(GridKt._getFormattedRow(nap, 0).get(2)).contains("Adopted");
    }

    @Test
    void the_progress_chart_shows_each_delegations_activities_by_traffic_light_without_cancelled_ones() {
        open(Locale.ENGLISH);
        var progress = svgs().stream().filter(svg -> svg.contains("Bolivia") && svg.contains("Activities")).findFirst().orElseThrow();
        assertThat(progress).contains("Done", "On track", "At risk", "Off track", "Not started").doesNotContain("Cancelled");
    }

    @Test
    void every_label_follows_the_language() {
        open(Locale.forLanguageTag("es"));

        assertThat(_get(H1.class).getText()).isEqualTo("Panel de resultados");
        var charts = String.join("\n", svgs());
        assertThat(charts).contains("Mujer: 15", "Gobierno", "Sin iniciar", "USD · 1.000 previstos", "Teoría del cambio").doesNotContain("Not started");
        @SuppressWarnings("unchecked")
        Grid<DelegationOutcome> nap = _get(Grid.class, spec -> spec.withClasses("nap-status"));
        assertThat(GridKt._getFormattedRow(nap, 0)).startsWith("Bolivia", "En redacción");
        assertThat(GridKt._getFormattedRow(nap, 0).get(2)).contains("Adoptado");
    }

    @Test
    void a_programme_without_cohorts_says_what_to_do() {
        cohorts = List.of();
        open(Locale.ENGLISH);

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This programme has no cohort yet. Plan one under Cohorts: its outcomes will appear here.");
        assertThat(_find(Svg.class)).isEmpty();
    }

    @Test
    void a_cohort_without_participants_or_attendance_explains_its_empty_charts() {
        cohorts = List.of(new CohortOutcomes(9, "2026 Bogotá", DateRange.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12)),
                CohortStatus.PLANNED, new TrainingOutcome(0, Map.of(), Map.of(), 0, 0, OutcomeFigures.Feedback.NONE),
                List.of(), List.of()));
        open(Locale.ENGLISH);

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "No participants yet. Enrol the delegations' members in the cohort.",
                "No attendance taken yet. Take attendance in the cohort's sessions.",
                "No budget planned yet. Delegations add budget lines to their roadmap activities.");
    }

    private void open(Locale locale) {
        ViewTestSupport.setUp(locale, Map.of(DashboardView.class,
                () -> new DashboardView(programmes(), outcomes(), countries(), academy.curriculum())));
        UI.getCurrent().navigate("dashboard");
    }

    private static List<String> svgs() {
        return _find(Svg.class).stream().map(svg -> svg.getElement().getProperty("innerHTML")).toList();
    }

    private ProgrammeService programmes() {
        return new ProgrammeService() {
            @Override public List<Programme> page(int offset, int limit) { return List.of(academy.programme); }
        };
    }

    private OutcomeService outcomes() {
        return new OutcomeService() {
            @Override public ProgrammeOutcomes ofProgramme(long programmeId) {
                programmesAsked.add(programmeId);
                return new ProgrammeOutcomes(programmeId, "WPS NAP Academy", cohorts);
            }

            @Override public CohortOutcomes ofCohort(long cohortId) {
                cohortsAsked.add(cohortId);
                return cohorts.stream().filter(cohort -> cohort.cohortId() == cohortId).findFirst().orElseThrow();
            }
        };
    }

    private static CountryService countries() {
        return new CountryService() {
            @Override public Map<String, String> countryNames(Locale locale) { return Map.of("BO", "Bolivia"); }
        };
    }

    private static CohortOutcomes portOfSpain() {
        return new CohortOutcomes(3, "2024 Port of Spain", DateRange.of(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 8)),
                CohortStatus.CLOSED, new TrainingOutcome(20, Map.of(Sex.FEMALE, 14L, Sex.MALE, 6L),
                Map.of(InstitutionType.GOVERNMENT, 20L), 4, 72, new OutcomeFigures.Feedback(10, 40, 0, 0)),
                List.of(), List.of());
    }

    private static CohortOutcomes panamaCity() {
        var bolivia = new DelegationOutcome(11, "BO", "Bolivia", 24, 54, 3, 5L, RoadmapStatus.ENDORSED, ProgressStatus.AT_RISK,
                new RoadmapProgress(2, 1, 2, 2, 1, new BigDecimal("1.5")),
                Map.of(ProgressStatus.DONE, 1L, ProgressStatus.AT_RISK, 1L, ProgressStatus.CANCELLED, 1L), List.of(),
                List.of(new BudgetOutcome("USD", new BigDecimal("1000"), new BigDecimal("400"))),
                new OutcomeFigures.Assistance(1, 1), Optional.empty(), NapStatus.DRAFTING, NapStatus.ADOPTED);
        var byStatus = new java.util.EnumMap<ProgressStatus, Long>(ProgressStatus.class);
        byStatus.put(ProgressStatus.DONE, 2L);
        byStatus.put(ProgressStatus.ON_TRACK, 1L);
        return new CohortOutcomes(7, "2025 Panama City", DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26)),
                CohortStatus.ACCOMPANIMENT, new TrainingOutcome(24, Map.of(Sex.FEMALE, 15L, Sex.MALE, 9L),
                Map.of(InstitutionType.GOVERNMENT, 16L, InstitutionType.CIVIL_SOCIETY, 8L), 3, 54,
                new OutcomeFigures.Feedback(10, 42, 0, 0)),
                List.of(bolivia), List.of(new ModuleOutcome(31, "TOC", "Theory of change", 3, byStatus)));
    }

}
