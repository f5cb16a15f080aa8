package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.napacademy.application.CohortService;
import org.napacademy.application.CountryService;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.ListQueries;

/**
 * The start page: the cohorts the user may see, newest first, read page by page from the database; searched by
 * name, programme or city, filtered by status and sorted by any column there.
 */
@Dependent
@Route(value = "", layout = MainLayout.class)
public class CohortListView extends VerticalLayout implements HasDynamicTitle {
    private final Map<String, String> countryNames;
    private final DateTimeFormatter dateFormat;
    final Grid<CohortSummary> grid = new Grid<>();
    final TextField search = ListQueries.searchField(getTranslation("cohorts.filter.text"),
            getTranslation("cohorts.filter.text.placeholder"), this::refresh);
    final ComboBox<CohortStatus> status = new ComboBox<>(getTranslation("cohorts.filter.status"));

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

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CohortSummary::name).setHeader(getTranslation("cohort.name")).setAutoWidth(true).setSortProperty("name");
        grid.addColumn(CohortSummary::programmeName).setHeader(getTranslation("cohort.programme")).setAutoWidth(true)
                .setSortProperty("programme");
        grid.addColumn(this::venue).setHeader(getTranslation("cohort.venue")).setAutoWidth(true).setSortProperty("city");
        grid.addColumn(this::dates).setHeader(getTranslation("cohort.dates")).setAutoWidth(true).setSortProperty("start");
        grid.addComponentColumn(cohort -> new Span(getTranslation("cohort.status." + cohort.status())))
                .setHeader(getTranslation("cohort.status")).setAutoWidth(true).setSortProperty("status");
        grid.addColumn(CohortSummary::delegationCount).setHeader(getTranslation("cohort.delegations")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("cohorts.empty"));
        grid.addItemClickListener(click -> CohortDetailView.show(click.getItem().id()));
        grid.setItems(query -> cohorts.summaries(filter(query), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(cohorts.countCohorts(filter(query))));

        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("cohort.status." + value));
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("cohorts.filter.anyStatus"));
        status.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        add(heading, subtitle, filters, grid);
        setFlexGrow(1, grid);
    }

    /** Asks the database again; an empty list then says whether nothing exists or nothing matches. */
    private void refresh() {
        var filtered = !search.isEmpty() || status.getValue() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "cohorts.noMatch" : "cohorts.empty"));
        grid.getDataProvider().refreshAll();
    }

    private CohortFilter filter(Query<CohortSummary, ?> query) {
        return new CohortFilter(search.getValue(), status.getValue(), ListQueries.order(query, CohortFilter.NEWEST_FIRST));
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
