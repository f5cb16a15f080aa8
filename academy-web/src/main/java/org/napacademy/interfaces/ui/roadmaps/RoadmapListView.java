package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.napacademy.application.CountryService;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.RoadmapSummary;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.common.ListQueries;

/** Every delegation's roadmap, newest cohort first, with its progress; a click opens the roadmap. */
@Dependent
@Route(value = "roadmaps", layout = MainLayout.class)
public class RoadmapListView extends VerticalLayout implements HasDynamicTitle {
    final Grid<RoadmapSummary> grid = new Grid<>();
    final TextField search = ListQueries.searchField(getTranslation("roadmaps.filter.text"),
            getTranslation("roadmaps.filter.text.placeholder"), this::refresh);
    final ComboBox<RoadmapStatus> status = new ComboBox<>(getTranslation("roadmaps.filter.status"));


    @Inject
    public RoadmapListView(RoadmapService roadmaps, CountryService countries) {
        Map<String, String> countryNames = countries.countryNames(getLocale());
        var formats = new Formats(getLocale());
        setSizeFull();

        var subtitle = new Paragraph(getTranslation("roadmaps.subtitle"));
        subtitle.addClassName("subtitle");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a gathering's shared roadmap has no country: it belongs to the whole cohort
        grid.addColumn(r -> r.countryCode() == null ? r.cohortName() : countryNames.getOrDefault(r.countryCode(), r.countryCode()))
                .setHeader(getTranslation("roadmap.country")).setAutoWidth(true).setFlexGrow(0).setSortProperty("country");
        grid.addColumn(RoadmapSummary::cohortName).setHeader(getTranslation("roadmap.cohort")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty("cohort");
        grid.addColumn(RoadmapSummary::title).setHeader(getTranslation("roadmap.title")).setFlexGrow(1).setWidth("16em")
                .setTooltipGenerator(RoadmapSummary::title).setSortProperty("title");
        grid.addComponentColumn(r -> new Span(getTranslation("roadmap.status." + r.status())))
                .setHeader(getTranslation("roadmap.status")).setAutoWidth(true).setFlexGrow(0).setSortProperty("status");
        grid.addComponentColumn(r -> new StatusBadge(r.rolledUpStatus()))
                .setHeader(getTranslation("roadmap.health")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("roadmap.progress.activities", r.progress().activitiesDone(),
                        r.progress().activities(), formats.share(r.progress().activitiesDoneShare())))
                .setHeader(getTranslation("roadmap.progress.activitiesDone")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("roadmap.progress.indicators", r.progress().indicatorsOnTrack(),
                        r.progress().indicatorsMeasured(), formats.share(r.progress().indicatorsOnTrackShare())))
                .setHeader(getTranslation("roadmap.progress.indicatorsOnTrack")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("roadmaps.empty"));
        grid.setItems(query -> roadmaps.summaries(filter(query), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(roadmaps.countRoadmaps(filter(query))));
        status.setItems(RoadmapStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("roadmap.status." + value));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("roadmaps.filter.anyStatus"));
        status.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(RoadmapView.class, new RouteParameters(RoadmapView.ID, String.valueOf(click.getItem().id())))));

        add(new H1(getTranslation("roadmaps.title")), subtitle, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Asks the database again; an empty list then says whether nothing exists or nothing matches. */
    private void refresh() {
        var filtered = !search.isEmpty() || status.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "roadmaps.noMatch" : "roadmaps.empty"));
        grid.getDataProvider().refreshAll();
    }

    private RoadmapFilter filter(Query<RoadmapSummary, ?> query) {
        return new RoadmapFilter(search.getValue(), status.getValue(), ListQueries.order(query, RoadmapFilter.NEWEST_FIRST));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmaps.title") + " · " + getTranslation("app.title");
    }
}
