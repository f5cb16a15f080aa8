package org.napacademy.interfaces.ui.roadmaps;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.Map;
import org.napacademy.application.CountryService;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.RoadmapSummary;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Formats;

/** Every delegation's roadmap, newest cohort first, with its progress; a click opens the roadmap. */
@Route(value = "roadmaps", layout = MainLayout.class)
public class RoadmapListView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public RoadmapListView(RoadmapService roadmaps, CountryService countries) {
        Map<String, String> countryNames = countries.countryNames(getLocale());
        var formats = new Formats(getLocale());
        setSizeFull();

        var subtitle = new Paragraph(getTranslation("roadmaps.subtitle"));
        subtitle.addClassName("subtitle");

        var grid = new Grid<RoadmapSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> countryNames.getOrDefault(r.countryCode(), r.countryCode()))
                .setHeader(getTranslation("roadmap.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoadmapSummary::cohortName).setHeader(getTranslation("roadmap.cohort")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoadmapSummary::title).setHeader(getTranslation("roadmap.title")).setFlexGrow(1).setWidth("16em")
                .setTooltipGenerator(RoadmapSummary::title);
        grid.addComponentColumn(r -> new Span(getTranslation("roadmap.status." + r.status())))
                .setHeader(getTranslation("roadmap.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new StatusBadge(r.rolledUpStatus()))
                .setHeader(getTranslation("roadmap.health")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("roadmap.progress.activities", r.progress().activitiesDone(),
                        r.progress().activities(), formats.share(r.progress().activitiesDoneShare())))
                .setHeader(getTranslation("roadmap.progress.activitiesDone")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("roadmap.progress.indicators", r.progress().indicatorsOnTrack(),
                        r.progress().indicatorsMeasured(), formats.share(r.progress().indicatorsOnTrackShare())))
                .setHeader(getTranslation("roadmap.progress.indicatorsOnTrack")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("roadmaps.empty"));
        grid.setItems(query -> roadmaps.summaries(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(roadmaps.countRoadmaps()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(RoadmapView.class, new RouteParameters(RoadmapView.ID, String.valueOf(click.getItem().id())))));

        add(new H1(getTranslation("roadmaps.title")), subtitle, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmaps.title") + " · " + getTranslation("app.title");
    }
}
