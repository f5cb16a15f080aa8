package org.napacademy.interfaces.charts;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.application.ModuleOutcome;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.interfaces.charts.ChartRenderer.Bars;
import org.napacademy.interfaces.charts.ChartRenderer.Layout;

/**
 * The charts of one cohort's outcomes, built once for the sponsor dashboard and the PDF outcome report: who was
 * trained (by sex, by institution type), attendance, roadmap progress and indicator achievement per delegation,
 * the gender-responsive share of the budget, and what came out of each module.
 */
public final class OutcomeCharts {
    /** More modules than any curriculum has: the titles are read in one page. */
    private static final int MODULES = 500;
    private final CohortOutcomes outcomes;
    private final Map<String, String> countryNames;
    private final Map<Long, String> moduleTitles;
    private final Words words;
    private final Locale locale;
    private final ChartRenderer charts;

    /** {@code countryNames} by ISO code and {@code moduleTitles} by module id, in the reader's language. */
    public OutcomeCharts(CohortOutcomes outcomes, Map<String, String> countryNames, Map<Long, String> moduleTitles, Words words,
                         Locale locale) {
        this.outcomes = outcomes;
        this.countryNames = countryNames;
        this.moduleTitles = moduleTitles;
        this.words = words;
        this.locale = locale;
        this.charts = new ChartRenderer(locale);
    }

    /** The programme's module titles in the reader's language, by module id. */
    public static Map<Long, String> moduleTitles(CurriculumService curriculum, long programmeId, Locale locale) {
        return curriculum.modules(programmeId, 0, MODULES).stream()
                .collect(Collectors.toMap(Module::id, module -> module.title().in(locale), (a, b) -> a));
    }

    /** Every chart, in the order the dashboard and the report show them. */
    public List<OutcomeChart> all() {
        return List.of(bySex(), byInstitutionType(), attendance(), progress(), indicators(), budget(), modules());
    }

    public OutcomeChart bySex() {
        var title = words.text("dashboard.bySex");
        var counts = outcomes.training().bySex();
        if (counts.values().stream().allMatch(n -> n == 0)) return OutcomeChart.empty(title, words.text("dashboard.noParticipants"));
        var slices = new LinkedHashMap<String, Long>();
        var colours = new LinkedHashMap<String, Color>();
        int index = 0;
        for (var sex : Sex.values()) {
            var colour = StatusColours.PALETTE.get(index++);
            var count = counts.getOrDefault(sex, 0L);
            if (count == 0) continue;
            slices.put(words.text("sex." + sex), count);
            colours.put(words.text("sex." + sex), colour);
        }
        return OutcomeChart.of(title, charts.pieChart(slices, colours), "");
    }

    public OutcomeChart byInstitutionType() {
        var title = words.text("dashboard.byInstitution");
        var counts = outcomes.training().byInstitutionType();
        if (counts.values().stream().allMatch(n -> n == 0)) return OutcomeChart.empty(title, words.text("dashboard.noParticipants"));
        var series = words.text("dashboard.participants");
        var bars = new Bars().series(series, StatusColours.NEUTRAL);
        for (var type : InstitutionType.values()) {
            var count = counts.getOrDefault(type, 0L);
            if (count > 0) bars.value(series, words.text("institutionType." + type), count);
        }
        return OutcomeChart.of(title, charts.barChart(bars, series, Layout.ROWS), "");
    }

    public OutcomeChart attendance() {
        var title = words.text("dashboard.attendanceByDelegation");
        if (outcomes.training().sessionsTaken() == 0) return OutcomeChart.empty(title, words.text("dashboard.noAttendance"));
        var series = words.text("dashboard.attendance");
        var bars = new Bars().series(series, StatusColours.NEUTRAL);
        for (var delegation : outcomes.delegations()) {
            delegation.attendanceRate().ifPresent(rate -> bars.value(series, country(delegation), rate));
        }
        return OutcomeChart.of(title, charts.barChart(bars, series, Layout.SHARE_ROWS), "");
    }

    public OutcomeChart progress() {
        var title = words.text("dashboard.progressByDelegation");
        var bars = statusSeries();
        for (var delegation : outcomes.delegations()) {
            if (delegation.roadmapId() == null) continue;
            var counts = delegation.activitiesByStatus();
            for (var status : StatusColours.SHOWN) {
                bars.value(words.text("roadmap.progress." + status), country(delegation), counts.get(status));
            }
        }
        if (bars.isEmpty()) return OutcomeChart.empty(title, words.text("dashboard.noRoadmaps"));
        return OutcomeChart.of(title, charts.barChart(bars, words.text("dashboard.activities"), Layout.STACKED_ROWS), "");
    }

    public OutcomeChart indicators() {
        var title = words.text("dashboard.indicators");
        var onTrack = words.text("dashboard.indicatorsOnTrack");
        var achievement = words.text("dashboard.achievement");
        var bars = new Bars().series(onTrack, StatusColours.of(ProgressStatus.ON_TRACK)).series(achievement, StatusColours.THIRD);
        for (var delegation : outcomes.delegations()) {
            var progress = delegation.progress();
            if (progress.indicatorsMeasured() == 0) continue;
            bars.value(onTrack, country(delegation), progress.indicatorsOnTrackShare().orElse(BigDecimal.ZERO));
            bars.value(achievement, country(delegation), progress.averageAchievement().orElse(BigDecimal.ZERO));
        }
        if (bars.isEmpty()) return OutcomeChart.empty(title, words.text("dashboard.noIndicators"));
        return OutcomeChart.of(title, charts.barChart(bars, words.text("dashboard.share"), Layout.SHARE_ROWS), "");
    }

    /** Per currency (never added across currencies): the amount planned and the share marked gender-responsive. */
    public OutcomeChart budget() {
        var title = words.text("dashboard.budget");
        var budgets = outcomes.budgetByCurrency();
        if (budgets.isEmpty()) return OutcomeChart.empty(title, words.text("dashboard.noBudget"));
        var responsive = words.text("dashboard.genderResponsive");
        var bars = new Bars().series(responsive, StatusColours.FOURTH);
        var amounts = NumberFormat.getIntegerInstance(locale);
        for (var budget : budgets) {
            var category = words.text("dashboard.plannedIn", budget.currency(), amounts.format(budget.planned()));
            bars.value(responsive, category, budget.genderResponsiveShare().orElse(BigDecimal.ZERO));
        }
        return OutcomeChart.of(title, charts.barChart(bars, words.text("dashboard.genderResponsiveShare"), Layout.SHARE_ROWS),
                words.text("dashboard.budgetNote"));
    }

    public OutcomeChart modules() {
        var title = words.text("dashboard.modules");
        var bars = statusSeries();
        for (ModuleOutcome module : outcomes.modules()) {
            if (module.nodes() == 0) continue;
            for (var status : StatusColours.SHOWN) {
                bars.value(words.text("roadmap.progress." + status), moduleTitles.getOrDefault(module.moduleId(), module.title()),
                        module.byStatus().get(status));
            }
        }
        if (bars.isEmpty()) return OutcomeChart.empty(title, words.text("dashboard.noModuleLinks"));
        return OutcomeChart.of(title, charts.barChart(bars, words.text("dashboard.nodes"), Layout.STACKED_ROWS),
                words.text("dashboard.modulesNote"));
    }

    /** The delegation's country in the reader's language. */
    public String country(DelegationOutcome delegation) {
        return countryNames.getOrDefault(delegation.countryCode(), delegation.countryName());
    }

    private Bars statusSeries() {
        var bars = new Bars();
        for (var status : StatusColours.SHOWN) bars.series(words.text("roadmap.progress." + status), StatusColours.of(status));
        return bars;
    }
}
