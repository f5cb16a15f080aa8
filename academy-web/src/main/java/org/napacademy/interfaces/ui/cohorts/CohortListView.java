package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.napacademy.application.CohortService;
import org.napacademy.application.CountryService;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.interfaces.ui.MainLayout;

/** The start page: every cohort of every programme, newest first, read page by page from the database. */
@Route(value = "", layout = MainLayout.class)
public class CohortListView extends VerticalLayout implements HasDynamicTitle {
    private final Map<String, String> countryNames;
    private final DateTimeFormatter dateFormat;

    @Inject
    public CohortListView(CohortService cohorts, CountryService countries, ProgrammeService programmes, AccessPolicy access) {
        countryNames = countries.countryNames(getLocale());
        dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        setSizeFull();

        var title = new H1(getTranslation("cohorts.title"));
        var subtitle = new Paragraph(getTranslation("cohorts.subtitle"));
        subtitle.addClassName("subtitle");
        var editor = new CohortEditor(cohorts, programmes, countryNames);
        var create = new Button(getTranslation("cohorts.new"), VaadinIcon.PLUS.create(),
                click -> editor.create(created -> CohortDetailView.show(created.cohort().id())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(access.mayPlan());
        var heading = new HorizontalLayout(title, create);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        var grid = new Grid<CohortSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setAutoWidth(true);
        grid.addColumn(CohortSummary::programmeName).setHeader(getTranslation("cohort.programme")).setAutoWidth(true);
        grid.addColumn(this::venue).setHeader(getTranslation("cohort.venue")).setAutoWidth(true);
        grid.addColumn(this::dates).setHeader(getTranslation("cohort.dates")).setAutoWidth(true);
        grid.addComponentColumn(cohort -> new Span(getTranslation("cohort.status." + cohort.status())))
                .setHeader(getTranslation("cohort.status")).setAutoWidth(true);
        grid.addColumn(CohortSummary::delegationCount).setHeader(getTranslation("cohort.delegations")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("cohorts.empty"));
        grid.addItemClickListener(click -> CohortDetailView.show(click.getItem().id()));
        grid.setItems(query -> cohorts.summaries(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(cohorts.countCohorts()));

        add(heading, subtitle, grid);
        setFlexGrow(1, grid);
    }

    private String venue(CohortSummary cohort) {
        return cohort.city() + ", " + countryNames.getOrDefault(cohort.countryCode(), cohort.countryCode());
    }

    private String dates(CohortSummary cohort) {
        return dateFormat.format(cohort.startDate()) + " – " + dateFormat.format(cohort.endDate());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " · " + getTranslation("app.title");
    }
}
