package org.napacademy.interfaces.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.Optional;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.application.CohortDocument;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.application.OutcomeFigures;
import org.napacademy.application.TrainingOutcome;
import org.napacademy.domain.model.country.NapStatus;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.roadmap.RoadmapProgress;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.interfaces.charts.OutcomeCharts;
import org.napacademy.interfaces.charts.Words;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;
import org.napacademy.application.RoadmapDocument;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.curriculum.Attendance;
import org.napacademy.domain.model.curriculum.AttendanceStatus;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.delegation.Institution;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.BudgetLine;
import org.napacademy.domain.model.roadmap.ExternalReference;
import org.napacademy.domain.model.roadmap.GenderMarker;
import org.napacademy.domain.model.roadmap.IndicatorUnit;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ReferenceFramework;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.AbstractEntity;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.shared.Money;
import org.napacademy.interfaces.ui.ViewTestSupport;

/**
 * A realistic roadmap and cohort (the Panama City cohort, fictional people), built in memory with ids
 * assigned as the database would, for the writers' tests.
 */
final class ExportFixtures {
    static final String GOAL = "Fortalecer la participación de las mujeres en la seguridad";
    static final String OUTCOME = "More women negotiators, mediators and \"peace brokers\", nationwide";
    static final String OUTPUT = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String INDICATOR = "Share of women among negotiators";
    static final String MODULE_ES = "Teoría del cambio";

    private static final AtomicLong IDS = new AtomicLong(1000);

    private ExportFixtures() { }

    static Programme programme() {
        return id(org.napacademy.interfaces.ui.WpsTags.applyTo(new Programme("WPS NAP Academy", "Women, Peace and Security National Action Plan Academy", Set.of("en", "es", "pt", "fr"))));
    }

    static Cohort cohort() {
        return id(new Cohort(programme(), "2025 Panama City",
                new Venue("Ministerio de Relaciones Exteriores", "Panama City", "PA", "America/Panama"),
                DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26))));
    }

    static Country costaRica() {
        return new Country("CR", "CRI", new LocalizedText("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"), Subregion.CENTRAL_AMERICA);
    }

    static Country panama() {
        return new Country("PA", "PAN", new LocalizedText("Panama", "Panamá", "Panamá", "Panama"), Subregion.CENTRAL_AMERICA);
    }

    /** Goal > outcome (SDG-referenced, sex-disaggregated percent indicator) > output (WPS number, qualitative) > activity. */
    static RoadmapDocument roadmap() {
        var cohort = cohort();
        var delegation = id(new Delegation(cohort, costaRica()));
        var roadmap = id(new Roadmap(delegation, "Hoja de ruta hacia el segundo PAN de Costa Rica"));
        var goal = id(roadmap.addGoal(GOAL, "PARTICIPATION", years(2025, 2027)));
        goal.assignResponsibility("Ministerio de Relaciones Exteriores y Culto");
        var outcome = id(goal.addChild(ResultLevel.OUTCOME, OUTCOME, years(2025, 2026)));
        outcome.describe("Women sit at every negotiation table the country convenes.");
        var share = id(outcome.addIndicator(INDICATOR, IndicatorUnit.PERCENT, true, new BigDecimal("10"), LocalDate.of(2024, 12, 31)));
        share.disaggregateBySex();
        share.verifyBy("Ministry records");
        share.referTo(new ExternalReference(ReferenceFramework.SDG, "5.c.1"));
        var period = id(share.addPeriod(years(2025, 2025)));
        period.planTarget(new BigDecimal("30"), null, null);
        period.planTarget(new BigDecimal("30"), Sex.FEMALE, "Half of the new negotiators");
        var output = id(outcome.addChild(ResultLevel.OUTPUT, OUTPUT, years(2025, 2025)));
        var trained = id(output.addIndicator("Negotiators trained", IndicatorUnit.NUMBER, true, BigDecimal.ZERO, null));
        trained.referTo(new ExternalReference(ReferenceFramework.UN_WPS, "WPS-2"));
        id(trained.addPeriod(years(2025, 2025))).planTarget(new BigDecimal("40"), null, null);
        var plan = id(output.addIndicator("Protocol on mediation adopted", IndicatorUnit.QUALITATIVE, true, null, null));
        id(plan.addPeriod(years(2025, 2025))).planTarget(null, null, "Protocol signed by the minister");
        var activity = id(output.addChild(ResultLevel.ACTIVITY, "Run two trainings in Limón and Guanacaste", DateRange.of(
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30))));
        activity.addBudgetLine(new BudgetLine(Money.of("12500.50", "USD"), "UN Women", GenderMarker.PRINCIPAL));
        activity.addBudgetLine(new BudgetLine(Money.of("3000000", "CRC"), "Government of Costa Rica", GenderMarker.SIGNIFICANT));
        roadmap.submit();
        roadmap.endorse();
        activity.changeStatus(ProgressStatus.DONE);
        period.recordActual(new BigDecimal("15"), null, LocalDate.of(2025, 3, 31), "First quarter", null);
        period.recordActual(new BigDecimal("20"), null, LocalDate.of(2025, 6, 30), "Mid-year count", "https://example.org/count");
        period.recordActual(new BigDecimal("18"), Sex.FEMALE, LocalDate.of(2025, 6, 30), null, null);
        trained.periods().get(0).recordActual(new BigDecimal("25"), null, LocalDate.of(2025, 6, 30), null, null);
        plan.periods().get(0).recordActual(null, null, LocalDate.of(2025, 6, 30), "Draft protocol under legal review", null);
        return new RoadmapDocument(roadmap, cohort);
    }

    /** Two delegations, three sessions (two with attendance, one still to come). */
    static CohortDocument cohortDocument() {
        var cohort = cohort();
        var programme = cohort.programme();
        var costaRica = id(new Delegation(cohort, costaRica()));
        var panama = id(new Delegation(cohort, panama()));
        var ana = id(costaRica.enrol("Ana", "Mora Jiménez", "ana.mora@example.org",
                new Institution("Ministerio de Seguridad Pública", InstitutionType.GOVERNMENT), "Directora", Sex.FEMALE));
        costaRica.appointFocalPoint(ana);
        var luis = id(costaRica.enrol("Luis", "Quesada", null,
                new Institution("Poder Judicial", InstitutionType.GOVERNMENT), null, Sex.MALE));
        var itzel = id(panama.enrol("Itzel", "Núñez", "itzel@example.org",
                new Institution("+Ministerio de la Mujer", InstitutionType.GOVERNMENT), "Asesora", Sex.FEMALE));
        var theory = id(new Module(programme, "THEORY_OF_CHANGE",
                new LocalizedText("Theory of change", MODULE_ES, "Teoria da mudança", "Théorie du changement"), 180, 1));
        var budgeting = id(new Module(programme, "GENDER_BUDGETING",
                new LocalizedText("Gender budgeting", "Presupuestos con perspectiva de género", "Orçamento sensível a gênero",
                        "Budgétisation sensible au genre"), 120, 2));
        var first = id(new Session(cohort, theory, LocalDateTime.of(2025, 6, 24, 9, 0), LocalDateTime.of(2025, 6, 24, 12, 0), "Sala Bolívar"));
        var second = id(new Session(cohort, budgeting, LocalDateTime.of(2025, 6, 25, 14, 0), LocalDateTime.of(2025, 6, 25, 16, 0), null));
        var third = id(new Session(cohort, budgeting, LocalDateTime.of(2025, 6, 26, 9, 0), LocalDateTime.of(2025, 6, 26, 11, 0), "Sala 2"));
        var attendance = new HashMap<Long, List<Attendance>>();
        attendance.put(first.id(), List.of(first.recordAttendance(ana, AttendanceStatus.PRESENT),
                first.recordAttendance(luis, AttendanceStatus.ABSENT), first.recordAttendance(itzel, AttendanceStatus.PRESENT)));
        attendance.put(second.id(), List.of(second.recordAttendance(ana, AttendanceStatus.PRESENT),
                second.recordAttendance(luis, AttendanceStatus.PRESENT), second.recordAttendance(itzel, AttendanceStatus.EXCUSED)));
        return new CohortDocument(cohort, List.of(costaRica, panama), List.of(ana, luis, itzel), List.of(first, second, third), attendance);
    }

    /**
     * The outcomes of {@link #cohortDocument()} as the dashboard computes them: 3 participants (2 women), 5 of 6
     * marks present, Costa Rica's roadmap with 4 activities (1 done, 2 on track, 1 at risk), Panama without one.
     */
    static OutcomeReport outcomeReport(String language) {
        var locale = java.util.Locale.forLanguageTag(language);
        var activities = Map.of(ProgressStatus.DONE, 1L, ProgressStatus.ON_TRACK, 2L, ProgressStatus.AT_RISK, 1L);
        var costaRica = new DelegationOutcome(1, "CR", "Costa Rica", 2, 3, 2, 77L, RoadmapStatus.ENDORSED, ProgressStatus.ON_TRACK,
                new RoadmapProgress(4, 1, 2, 2, 1, new BigDecimal("1.25")), activities, List.of(),
                List.of(new BudgetOutcome("USD", new BigDecimal("35000"), new BigDecimal("21000"))),
                new OutcomeFigures.Assistance(1, 1), Optional.empty(), NapStatus.ADOPTED, NapStatus.REVIEWED);
        var panama = new DelegationOutcome(2, "PA", "Panama", 1, 2, 2, null, null, null, RoadmapProgress.NONE, Map.of(), List.of(),
                List.of(), new OutcomeFigures.Assistance(0, 0), Optional.empty(), NapStatus.DRAFTING, NapStatus.DRAFTING);
        var outcomes = new CohortOutcomes(7, "2025 Panama City", DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26)),
                CohortStatus.ACCOMPANIMENT, new TrainingOutcome(3, Map.of(Sex.FEMALE, 2L, Sex.MALE, 1L),
                Map.of(InstitutionType.GOVERNMENT, 3L), 2, 5, new OutcomeFigures.Feedback(2, 9, 0, 0)),
                List.of(costaRica, panama), List.of());
        var translations = new AcademyTranslations();
        Words words = (key, params) -> translations.getTranslation(key, locale, params);
        var charts = new OutcomeCharts(outcomes,
                Map.of("CR", "Costa Rica", "PA", "Panamá"), Map.of(), words, locale);
        return new OutcomeReport(outcomes, charts, words);
    }

    static DateRange years(int first, int last) { return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)); }

    /** Gives the entity an id, as persisting it would. */
    static <T extends AbstractEntity> T id(T entity) {
        return ViewTestSupport.withId(entity, IDS.incrementAndGet());
    }
}
