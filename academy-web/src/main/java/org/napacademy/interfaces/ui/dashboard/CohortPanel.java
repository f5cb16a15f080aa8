package org.napacademy.interfaces.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.application.ModuleOutcome;
import org.napacademy.application.RoadmapService;
import org.napacademy.domain.model.delegation.InstitutionType;
import org.napacademy.domain.model.delegation.Sex;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.dashboard.ChartRenderer.Bars;
import org.napacademy.interfaces.ui.dashboard.ChartRenderer.Layout;
import org.napacademy.interfaces.ui.dashboard.ChartRenderer.Size;

/**
 * One cohort's outcomes for sponsors: its key figures, then charts of who was trained, how they attended, how the
 * delegations' roadmaps progress, their indicators and budgets, the NAP status of each country and which module
 * each part of the plans came out of. Figures come from {@code OutcomeService}; activities by traffic light are
 * counted over each roadmap's tree as the roadmap's own progress counts them (cancelled branches left out).
 */
public class CohortPanel extends VerticalLayout {
    private final CohortOutcomes outcomes;
    private final RoadmapService roadmaps;
    private final Map<String, String> countryNames;
    private final Map<Long, String> moduleTitles;
    private final ChartRenderer charts;
    private final Formats formats;

    /** {@code moduleTitles}: the programme's module titles in the page's language, by module id. */
    public CohortPanel(CohortOutcomes outcomes, RoadmapService roadmaps, Map<String, String> countryNames,
                       Map<Long, String> moduleTitles) {
        this.outcomes = outcomes;
        this.roadmaps = roadmaps;
        this.countryNames = countryNames;
        this.moduleTitles = moduleTitles;
        this.charts = new ChartRenderer(getLocale());
        this.formats = new Formats(getLocale());
        setPadding(false);
        addClassName("cohort-outcomes");

        var heading = new H2(outcomes.name());
        heading.getStyle().set("margin-bottom", "0");
        var dates = new Paragraph(formats.dates(outcomes.dates()) + " · " + getTranslation("cohort.status." + outcomes.status()));
        dates.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        add(heading, dates, figures(),
                grid(bySex(), byInstitutionType()),
                grid(attendance(), progress()),
                grid(indicators(), budget()),
                grid(napStatus(), modules()));
    }

    private Component figures() {
        var training = outcomes.training();
        var row = new Div(
                figure(getTranslation("dashboard.participants"), String.valueOf(training.participants())),
                figure(getTranslation("dashboard.delegations"), String.valueOf(outcomes.delegations().size())),
                figure(getTranslation("dashboard.attendance"), formats.percent(optional(training.attendanceRate()))),
                figure(getTranslation("dashboard.rating"), formats.decimal(optional(training.feedback().averageRating()))),
                figure(getTranslation("dashboard.activitiesDone"), formats.percent(optional(outcomes.progress().activitiesDoneShare()))),
                figure(getTranslation("dashboard.napChanges"), String.valueOf(outcomes.napStatusChanges())));
        row.addClassName("key-figures");
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        return row;
    }

    private static Component figure(String label, String value) {
        var number = new Span(value);
        number.addClassName("figure-value");
        number.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        var caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var box = new Div(number, caption);
        box.addClassName("figure");
        box.getStyle().set("min-width", "9em").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-primary-color)").set("background", "var(--lumo-contrast-5pct)");
        return box;
    }

    private Component bySex() {
        var title = getTranslation("dashboard.bySex");
        var counts = outcomes.training().bySex();
        if (counts.values().stream().allMatch(n -> n == 0)) return ChartCard.empty(title, getTranslation("dashboard.noParticipants"));
        var slices = new LinkedHashMap<String, Long>();
        var colours = new LinkedHashMap<String, java.awt.Color>();
        int index = 0;
        for (var sex : Sex.values()) {
            var colour = StatusColours.PALETTE.get(index++);
            var count = counts.getOrDefault(sex, 0L);
            if (count == 0) continue;
            slices.put(getTranslation("sex." + sex), count);
            colours.put(getTranslation("sex." + sex), colour);
        }
        return new ChartCard(title, charts.pie(slices, colours, Size.HALF), Size.HALF.width());
    }

    private Component byInstitutionType() {
        var title = getTranslation("dashboard.byInstitution");
        var counts = outcomes.training().byInstitutionType();
        if (counts.values().stream().allMatch(n -> n == 0)) return ChartCard.empty(title, getTranslation("dashboard.noParticipants"));
        var series = getTranslation("dashboard.participants");
        var bars = new Bars().series(series, StatusColours.NEUTRAL);
        for (var type : InstitutionType.values()) {
            var count = counts.getOrDefault(type, 0L);
            if (count > 0) bars.value(series, getTranslation("institutionType." + type), count);
        }
        return new ChartCard(title, charts.bars(bars, series, Layout.ROWS, Size.HALF), Size.HALF.width());
    }

    private Component attendance() {
        var title = getTranslation("dashboard.attendanceByDelegation");
        if (outcomes.training().sessionsTaken() == 0) return ChartCard.empty(title, getTranslation("dashboard.noAttendance"));
        var series = getTranslation("dashboard.attendance");
        var bars = new Bars().series(series, StatusColours.NEUTRAL);
        for (var delegation : outcomes.delegations()) {
            delegation.attendanceRate().ifPresent(rate -> bars.value(series, country(delegation), rate));
        }
        return new ChartCard(title, charts.bars(bars, series, Layout.SHARE_ROWS, Size.HALF), Size.HALF.width());
    }

    private Component progress() {
        var title = getTranslation("dashboard.progressByDelegation");
        var bars = new Bars();
        for (var status : StatusColours.SHOWN) bars.series(getTranslation("roadmap.progress." + status), StatusColours.of(status));
        for (var delegation : outcomes.delegations()) {
            if (delegation.roadmapId() == null) continue;
            var counts = activitiesByStatus(roadmaps.wholeForOutcomes(delegation.roadmapId()));
            for (var status : StatusColours.SHOWN) {
                bars.value(getTranslation("roadmap.progress." + status), country(delegation), counts.get(status));
            }
        }
        if (bars.isEmpty()) return ChartCard.empty(title, getTranslation("dashboard.noRoadmaps"));
        return new ChartCard(title, charts.bars(bars, getTranslation("dashboard.activities"), Layout.STACKED_ROWS, Size.HALF),
                Size.HALF.width());
    }

    /** The roadmap's activities by traffic light, every shown status listed; cancelled branches are left out. */
    static Map<ProgressStatus, Long> activitiesByStatus(Roadmap roadmap) {
        var counts = new EnumMap<ProgressStatus, Long>(ProgressStatus.class);
        for (var status : StatusColours.SHOWN) counts.put(status, 0L);
        counts.putAll(roadmap.nodes().stream()
                .filter(node -> node.level() == ResultLevel.ACTIVITY && !inCancelledBranch(node))
                .collect(Collectors.groupingBy(ResultNode::rolledUpStatus, () -> new EnumMap<>(ProgressStatus.class),
                        Collectors.counting())));
        return counts;
    }

    private static boolean inCancelledBranch(ResultNode node) {
        for (Optional<ResultNode> at = Optional.of(node); at.isPresent(); at = at.get().parent()) {
            if (at.get().status() == ProgressStatus.CANCELLED) return true;
        }
        return false;
    }

    private Component indicators() {
        var title = getTranslation("dashboard.indicators");
        var onTrack = getTranslation("dashboard.indicatorsOnTrack");
        var achievement = getTranslation("dashboard.achievement");
        var bars = new Bars().series(onTrack, StatusColours.of(ProgressStatus.ON_TRACK)).series(achievement, StatusColours.THIRD);
        for (var delegation : outcomes.delegations()) {
            var progress = delegation.progress();
            if (progress.indicatorsMeasured() == 0) continue;
            bars.value(onTrack, country(delegation), progress.indicatorsOnTrackShare().orElse(BigDecimal.ZERO));
            bars.value(achievement, country(delegation), progress.averageAchievement().orElse(BigDecimal.ZERO));
        }
        if (bars.isEmpty()) return ChartCard.empty(title, getTranslation("dashboard.noIndicators"));
        return new ChartCard(title, charts.bars(bars, getTranslation("dashboard.share"), Layout.SHARE_ROWS, Size.HALF),
                Size.HALF.width());
    }

    /** Per currency (never added across currencies): the amount planned and the share marked gender-responsive. */
    private Component budget() {
        var title = getTranslation("dashboard.budget");
        var budgets = outcomes.budgetByCurrency();
        if (budgets.isEmpty()) return ChartCard.empty(title, getTranslation("dashboard.noBudget"));
        var responsive = getTranslation("dashboard.genderResponsive");
        var bars = new Bars().series(responsive, StatusColours.FOURTH);
        var amounts = java.text.NumberFormat.getIntegerInstance(getLocale());
        for (var budget : budgets) {
            var category = getTranslation("dashboard.plannedIn", budget.currency(), amounts.format(budget.planned()));
            bars.value(responsive, category, budget.genderResponsiveShare().orElse(BigDecimal.ZERO));
        }
        var card = new ChartCard(title, charts.bars(bars, getTranslation("dashboard.genderResponsiveShare"), Layout.SHARE_ROWS,
                Size.HALF), Size.HALF.width());
        card.add(note(getTranslation("dashboard.budgetNote")));
        return card;
    }

    private Component napStatus() {
        var grid = new Grid<DelegationOutcome>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::country).setHeader(getTranslation("dashboard.country")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("dashboard.nap." + d.napAtStart())).setHeader(getTranslation("dashboard.napAtStart")).setFlexGrow(1);
        grid.addComponentColumn(d -> {
            var now = new Span(getTranslation("dashboard.nap." + d.napNow()));
            if (d.napChanged()) now.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
            return now;
        }).setHeader(getTranslation("dashboard.napNow")).setFlexGrow(1);
        grid.setItems(outcomes.delegations());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("dashboard.noDelegations"));
        grid.addClassName("nap-status");
        return new ChartCard(getTranslation("dashboard.nap"), grid);
    }

    private Component modules() {
        var title = getTranslation("dashboard.modules");
        var bars = new Bars();
        for (var status : StatusColours.SHOWN) bars.series(getTranslation("roadmap.progress." + status), StatusColours.of(status));
        for (ModuleOutcome module : outcomes.modules()) {
            if (module.nodes() == 0) continue;
            for (var status : StatusColours.SHOWN) {
                bars.value(getTranslation("roadmap.progress." + status), moduleTitles.getOrDefault(module.moduleId(), module.title()), module.byStatus().get(status));
            }
        }
        if (bars.isEmpty()) return ChartCard.empty(title, getTranslation("dashboard.noModuleLinks"));
        var card = new ChartCard(title, charts.bars(bars, getTranslation("dashboard.nodes"), Layout.STACKED_ROWS, Size.HALF),
                Size.HALF.width());
        card.add(note(getTranslation("dashboard.modulesNote")));
        return card;
    }

    private String country(DelegationOutcome delegation) {
        return countryNames.getOrDefault(delegation.countryCode(), delegation.countryName());
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        return note;
    }

    private static Component grid(Component... cards) {
        var grid = new Div(cards);
        grid.addClassName("chart-grid");
        grid.setWidthFull();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 420px), 1fr))")
                .set("gap", "var(--lumo-space-m)");
        return grid;
    }

    static OptionalDouble optional(Optional<BigDecimal> value) {
        return value.map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty());
    }

    static String budgetShares(java.util.List<BudgetOutcome> budgets, Formats formats) {
        if (budgets.isEmpty()) return "–";
        return budgets.stream().map(b -> b.currency() + " " + formats.percent(optional(b.genderResponsiveShare())))
                .collect(Collectors.joining(" · "));
    }
}
