package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.programme.ProgrammeSummary;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.ListQueries;

/**
 * The programmes side by side: each with its languages, cohorts, delegations (countries), roadmaps and the share
 * endorsed, counted by the database page by page; searched by name and sorted by any figure. Administrators and
 * trainers see every programme, a sponsor those they fund; administrators create programmes here.
 */
@Dependent
@Route(value = "programmes", layout = MainLayout.class)
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {
    final Grid<ProgrammeSummary> grid = new Grid<>();
    final TextField search = ListQueries.searchField(getTranslation("programmes.search"),
            getTranslation("programmes.search.placeholder"), this::refresh);
    final Button create = new Button(getTranslation("programmes.new"), VaadinIcon.PLUS.create());

    @Inject
    public ProgrammesView(ProgrammeService programmes, AccessPolicy access) {
        setSizeFull();
        var title = new H1(getTranslation("programmes.title"));
        var subtitle = new Paragraph(getTranslation("programmes.subtitle"));
        subtitle.addClassName("subtitle");
        var editor = new ProgrammeEditor(programmes);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> editor.create(created -> ProgrammeView.show(created.id())));
        create.setVisible(access.actor().isAdmin());
        search.setId("programmes-search");
        grid.setId("programmes-grid");
        var heading = new HorizontalLayout(title, create);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        var percent = NumberFormat.getPercentInstance(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProgrammeSummary::name).setHeader(getTranslation("programme.name")).setAutoWidth(true).setFlexGrow(1)
                .setSortProperty("name");
        grid.addColumn(this::languages).setHeader(getTranslation("programme.languages")).setAutoWidth(true).setFlexGrow(0);
        figure(ProgrammeSummary::cohorts, "programmes.column.cohorts", "cohorts");
        figure(ProgrammeSummary::delegations, "programmes.column.delegations", "delegations");
        figure(ProgrammeSummary::roadmaps, "programmes.column.roadmaps", "roadmaps");
        grid.addColumn(summary -> summary.endorsedShare().map(percent::format).orElse("–"))
                .setHeader(getTranslation("programmes.column.endorsed")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setSortProperty("endorsed");
        grid.setEmptyStateText(getTranslation("programmes.empty"));
        grid.addItemClickListener(click -> ProgrammeView.show(click.getItem().id()));
        grid.setItems(query -> programmes.summaries(filter(query), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(programmes.countProgrammes(filter(query))));

        add(heading, subtitle, search, grid);
        setFlexGrow(1, grid);
    }

    private void figure(ToLongFunction<ProgrammeSummary> value, String headerKey, String sort) {
        var numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(summary -> numbers.format(value.applyAsLong(summary))).setHeader(getTranslation(headerKey))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortProperty(sort);
    }

    /** The programme's languages by their codes, in the platform's order first. */
    private String languages(ProgrammeSummary summary) {
        return summary.languages().stream().sorted(Comparator.comparingInt(ProgrammesView::rank).thenComparing(Comparator.naturalOrder()))
                .map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.joining(" · "));
    }

    private static int rank(String language) {
        var at = LanguageFields.LANGUAGES.indexOf(language);
        return at < 0 ? LanguageFields.LANGUAGES.size() : at;
    }

    private void refresh() {
        grid.setEmptyStateText(getTranslation(search.isEmpty() ? "programmes.empty" : "programmes.noMatch"));
        grid.getDataProvider().refreshAll();
    }

    private ProgrammeFilter filter(Query<ProgrammeSummary, ?> query) {
        return new ProgrammeFilter(search.getValue(), ListQueries.order(query, ProgrammeFilter.BY_NAME));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " · " + getTranslation("app.title");
    }
}
