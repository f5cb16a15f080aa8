package org.napacademy.interfaces.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.napacademy.application.BudgetOutcome;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.DelegationOutcome;
import org.napacademy.interfaces.ui.common.DownloadLinks;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.charts.ChartRenderer;
import org.napacademy.interfaces.charts.ChartRenderer.Size;
import org.napacademy.interfaces.charts.OutcomeChart;
import org.napacademy.interfaces.charts.OutcomeCharts;

/**
 * One cohort's outcomes for sponsors: its key figures, then charts of who was trained, how they attended, how the
 * delegations' roadmaps progress, their indicators and budgets, the NAP status of each country and which module
 * each part of the plans came out of. Figures come from {@code OutcomeService}, charts from {@link OutcomeCharts}
 * (the PDF outcome report draws the same).
 */
public class CohortPanel extends VerticalLayout {
    private final CohortOutcomes outcomes;
    private final OutcomeCharts charts;
    private final Formats formats;

    /** {@code moduleTitles}: the programme's module titles in the page's language, by module id. */
    public CohortPanel(CohortOutcomes outcomes, Map<String, String> countryNames, Map<Long, String> moduleTitles) {
        this.outcomes = outcomes;
        this.charts = new OutcomeCharts(outcomes, countryNames, moduleTitles, this::getTranslation, getLocale());
        this.formats = new Formats(getLocale());
        setPadding(false);
        addClassName("cohort-outcomes");

        var heading = new H2(outcomes.name());
        heading.getStyle().set("margin-bottom", "0");
        var dates = new Paragraph(formats.dates(outcomes.dates()) + " · " + getTranslation("cohort.status." + outcomes.status()));
        dates.getStyle().set("margin-top", "0").set("color", "var(--lumo-secondary-text-color)");
        // the same figures and charts as a PDF, for the sponsor's own reporting
        var report = new DownloadLinks("api/v1/cohorts/" + outcomes.cohortId() + "/exports", List.of("pdf"));
        add(heading, dates, report, figures(),
                grid(card(charts.bySex()), card(charts.byInstitutionType())),
                grid(card(charts.attendance()), card(charts.progress())),
                grid(card(charts.indicators()), card(charts.budget())),
                grid(napStatus(), card(charts.modules())));
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

    /** A chart of the outcomes as a card: its SVG and the note on how to read it, or what is missing. */
    static Component card(OutcomeChart chart) {
        if (chart.chart().isEmpty()) return ChartCard.empty(chart.title(), chart.emptyMessage());
        var card = new ChartCard(chart.title(), ChartRenderer.svg(chart.chart().get(), Size.HALF), Size.HALF.width());
        if (!chart.note().isEmpty()) card.add(note(chart.note()));
        return card;
    }

    private Component napStatus() {
        var grid = new Grid<DelegationOutcome>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(charts::country).setHeader(getTranslation("dashboard.country")).setFlexGrow(2);
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
