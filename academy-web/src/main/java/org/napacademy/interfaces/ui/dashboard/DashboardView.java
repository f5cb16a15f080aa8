package org.napacademy.interfaces.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.napacademy.application.CohortOutcomes;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.OutcomeService;
import org.napacademy.application.ProgrammeOutcomes;
import org.napacademy.application.ProgrammeService;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.charts.ChartRenderer;
import org.napacademy.interfaces.charts.ChartRenderer.Bars;
import org.napacademy.interfaces.charts.OutcomeCharts;
import org.napacademy.interfaces.charts.StatusColours;
import org.napacademy.interfaces.charts.ChartRenderer.Layout;
import org.napacademy.interfaces.charts.ChartRenderer.Size;

/**
 * The sponsors' dashboard: a programme's cohorts side by side, then one cohort at a time in charts. Every figure
 * comes from {@link OutcomeService}, the same derivations as {@code GET /api/v1/cohorts/{id}/outcomes}.
 */
@Dependent
@Route(value = "dashboard", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    /** Programmes offered in the picker; a platform runs a handful. */
    static final int PROGRAMMES = 200;
    /** Modules of a programme whose titles are read in the page's language; a curriculum has a dozen or so. */
    /** Width of a figure's column in the comparison; long headers wrap. */
    private static final String FIGURE = "7.5em";

    private final OutcomeService outcomes;
    private final CurriculumService curriculum;
    private final Map<String, String> countryNames;
    private final Formats formats;
    private final Div content = new Div();

    @Inject
    public DashboardView(ProgrammeService programmes, OutcomeService outcomes, CountryService countries,
                         CurriculumService curriculum) {
        this.outcomes = outcomes;
        this.curriculum = curriculum;
        this.countryNames = countries.countryNames(getLocale());
        this.formats = new Formats(getLocale());
        setWidthFull();
        addClassName("dashboard");

        var subtitle = new Paragraph(getTranslation("dashboard.subtitle"));
        subtitle.addClassName("subtitle");
        var programme = new Select<Programme>();
        programme.setLabel(getTranslation("dashboard.programme"));
        programme.setItemLabelGenerator(Programme::name);
        programme.setWidth("min(100%, 32em)");
        var offered = programmes.page(0, PROGRAMMES);
        programme.setItems(offered);
        programme.addValueChangeListener(change -> {
            if (change.getValue() != null) show(outcomes.ofProgramme(change.getValue().id()));
        });
        content.setWidthFull();
        add(new H1(getTranslation("dashboard.title")), subtitle, programme, content);
        if (offered.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.noProgrammes")));
        } else {
            programme.setValue(offered.get(0));
        }
    }

    private void show(ProgrammeOutcomes programme) {
        content.removeAll();
        var cohorts = programme.cohorts();
        if (cohorts.isEmpty()) {
            content.add(new Paragraph(getTranslation("dashboard.noCohorts")));
            return;
        }
        var moduleTitles = OutcomeCharts.moduleTitles(curriculum, programme.programmeId(), getLocale());
        var cohortArea = new Div();
        cohortArea.setWidthFull();
        var tabs = new Tabs();
        tabs.setWidthFull();
        for (var cohort : cohorts) tabs.add(new Tab(cohort.name()));
        var compared = new H2(getTranslation("dashboard.compare"));
        var perCohort = new H2(getTranslation("dashboard.perCohort"));
        content.add(compared, comparison(cohorts), comparisonChart(cohorts), perCohort, tabs, cohortArea);
        // the newest cohort first: the one sponsors ask about, whose figures are at hand
        var newest = cohorts.get(cohorts.size() - 1);
        tabs.setSelectedIndex(cohorts.size() - 1);
        cohortArea.add(new CohortPanel(newest, countryNames, moduleTitles));
        // the view keeps the comparison's rows and the cohorts' ids, not every cohort's outcomes: another cohort's are read when chosen
        var cohortIds = cohorts.stream().map(CohortOutcomes::cohortId).toList();
        tabs.addSelectedChangeListener(change -> {
            cohortArea.removeAll();
            cohortArea.add(new CohortPanel(outcomes.ofCohort(cohortIds.get(tabs.getSelectedIndex())), countryNames, moduleTitles));
        });
    }

    /** One cohort in the comparison, as text: what the grid shows of it. */
    record ComparedCohort(String name, String dates, long participants, String attendance, String rating, String activitiesDone,
                          String indicatorsOnTrack, String genderResponsiveShare) { }

    private ComparedCohort compared(CohortOutcomes cohort) {
        var progress = cohort.progress();
        return new ComparedCohort(cohort.name(), formats.dates(cohort.dates()), cohort.training().participants(),
                formats.percent(CohortPanel.optional(cohort.training().attendanceRate())),
                formats.decimal(CohortPanel.optional(cohort.training().feedback().averageRating())),
                formats.percent(CohortPanel.optional(progress.activitiesDoneShare())),
                formats.percent(CohortPanel.optional(progress.indicatorsOnTrackShare())),
                CohortPanel.budgetShares(cohort.budgetByCurrency(), formats));
    }

    private Component comparison(List<CohortOutcomes> cohorts) {
        var grid = new Grid<ComparedCohort>();
        grid.addClassName("cohort-comparison");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ComparedCohort::name).setHeader(getTranslation("dashboard.cohort")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(ComparedCohort::dates).setHeader(getTranslation("dashboard.dates")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(ComparedCohort::participants).setHeader(getTranslation("dashboard.participants")).setWidth(FIGURE).setFlexGrow(1);
        grid.addColumn(ComparedCohort::attendance).setHeader(getTranslation("dashboard.attendance")).setWidth(FIGURE).setFlexGrow(1);
        grid.addColumn(ComparedCohort::rating).setHeader(getTranslation("dashboard.rating")).setWidth(FIGURE).setFlexGrow(1);
        grid.addColumn(ComparedCohort::activitiesDone).setHeader(getTranslation("dashboard.activitiesDone")).setWidth(FIGURE).setFlexGrow(1);
        grid.addColumn(ComparedCohort::indicatorsOnTrack).setHeader(getTranslation("dashboard.indicatorsOnTrack")).setWidth(FIGURE)
                .setFlexGrow(1);
        grid.addColumn(ComparedCohort::genderResponsiveShare).setHeader(getTranslation("dashboard.genderResponsiveShare"))
                .setWidth("11em").setFlexGrow(1);
        grid.setItems(cohorts.stream().map(this::compared).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component comparisonChart(List<CohortOutcomes> cohorts) {
        var attendance = getTranslation("dashboard.attendance");
        var done = getTranslation("dashboard.activitiesDone");
        var onTrack = getTranslation("dashboard.indicatorsOnTrack");
        var bars = new Bars().series(attendance, StatusColours.NEUTRAL)
                .series(done, StatusColours.of(org.napacademy.domain.model.roadmap.ProgressStatus.DONE))
                .series(onTrack, StatusColours.of(org.napacademy.domain.model.roadmap.ProgressStatus.ON_TRACK));
        for (var cohort : cohorts) {
            bars.value(attendance, cohort.name(), cohort.training().attendanceRate().orElse(null));
            bars.value(done, cohort.name(), cohort.progress().activitiesDoneShare().orElse(null));
            bars.value(onTrack, cohort.name(), cohort.progress().indicatorsOnTrackShare().orElse(null));
        }
        return new ChartCard(getTranslation("dashboard.compareChart"),
                new ChartRenderer(getLocale()).bars(bars, getTranslation("dashboard.share"), Layout.SHARES, Size.WIDE),
                Size.WIDE.width());
    }

    @Override
    public String getPageTitle() { return getTranslation("dashboard.title"); }

}
