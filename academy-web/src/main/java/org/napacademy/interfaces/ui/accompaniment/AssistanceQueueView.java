package org.napacademy.interfaces.ui.accompaniment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.napacademy.application.AccompanimentService;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceRequest;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.Urgency;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Choices;
import org.napacademy.interfaces.ui.common.Formats;

/**
 * The trainers' queue: every assistance request of the cohorts the trainer trains (all for an administrator), open
 * ones first and the oldest first unless a column says otherwise, filtered by status, urgency, topic and country in
 * the database. A trainer opens a request to answer it, schedule its mentoring session, log a note and close it.
 */
@Dependent
@Route(value = "assistance", layout = MainLayout.class)
public class AssistanceQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String BY_RAISED = "raised";
    static final String BY_URGENCY = "urgency";

    private final AccompanimentService accompaniment;
    private final CurriculumService curriculum;
    private final CountryService countries;
    private final AccessPolicy access;
    private final Formats formats;
    private final AssistanceTexts texts;

    final ComboBox<AssistanceStatus> status = Choices.of(getTranslation("assistance.status"), "assistance.status", EnumSet.allOf(AssistanceStatus.class));
    final ComboBox<Urgency> urgency = Choices.of(getTranslation("assistance.urgency"), "assistance.urgency", EnumSet.allOf(Urgency.class));
    final ComboBox<Module> topic = new ComboBox<>(getTranslation("assistance.topic"));
    final ComboBox<Country> country = new ComboBox<>(getTranslation("assistance.country"));
    final Grid<AssistanceRequest> queue = new Grid<>();
    final RequestPanel detail;

    @Inject
    public AssistanceQueueView(AccompanimentService accompaniment, CurriculumService curriculum, CountryService countries,
                               AccessPolicy access) {
        this.accompaniment = accompaniment;
        this.curriculum = curriculum;
        this.countries = countries;
        this.access = access;
        this.formats = new Formats(getLocale());
        this.texts = new AssistanceTexts(this, formats);
        this.detail = new RequestPanel(accompaniment, access, formats, this::refresh);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the queue is the staff's; a delegate follows their requests on their delegation's page
        if (!access.mayPlan()) throw new AccessDenied("The assistance queue is for trainers");
        build();
    }

    void build() {
        removeAll();
        add(new H1(getTranslation("assistance.queue.title")), filters(), queue, detail);
        configureQueue();
        detail.clear();
    }

    private FlexLayout filters() {
        topic.setItems(curriculum.modules(null, 0, 200));
        topic.setItemLabelGenerator(texts::module);
        country.setItems(countries.countries().stream().sorted(Comparator.comparing(c -> c.name().in(getLocale()))).toList());
        country.setItemLabelGenerator(c -> c.name().in(getLocale()));
        var filters = new FlexLayout(status, urgency, topic, country);
        for (var box : List.of(status, urgency, topic, country)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("assistance.filter.any"));
            box.addValueChangeListener(change -> refresh());
        }
        topic.setWidth("16em");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private void configureQueue() {
        queue.removeAllColumns();
        queue.setId("assistance-queue");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.addColumn(r -> formats.moment(r.raisedAt())).setKey(BY_RAISED).setHeader(getTranslation("assistance.raisedAt"))
                .setSortProperty(BY_RAISED).setWidth("9em").setFlexGrow(0);
        queue.addColumn(r -> r.delegation().country().name().in(getLocale())).setHeader(getTranslation("assistance.country"))
                .setWidth("8em").setFlexGrow(0);
        queue.addColumn(texts::topic).setHeader(getTranslation("assistance.topic")).setWidth("10em").setFlexGrow(1);
        queue.addColumn(texts::gist).setHeader(getTranslation("assistance.question")).setWidth("14em").setFlexGrow(3);
        queue.addColumn(texts::urgency).setKey(BY_URGENCY).setHeader(getTranslation("assistance.urgency")).setSortProperty(BY_URGENCY)
                .setWidth("8em").setFlexGrow(0);
        queue.addColumn(texts::status).setKey("status").setHeader(getTranslation("assistance.status")).setWidth("9.5em").setFlexGrow(0);
        queue.addColumn(r -> texts.responseTime(r.responseTime())).setHeader(getTranslation("assistance.responseTime"))
                .setWidth("8em").setFlexGrow(0);
        queue.setEmptyStateText(getTranslation("assistance.queue.empty"));
        queue.setHeight("22em");
        queue.addItemClickListener(click -> detail.show(click.getItem().id()));
        refresh();
    }

    /** Reads the queue again with the filters as set; the request shown stays open. */
    private void refresh() {
        var filter = filter();
        queue.setItems(query -> accompaniment.queue(filter, order(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(accompaniment.countQueue(filter)));
    }

    AssistanceFilter filter() {
        return new AssistanceFilter(status.getValue(), urgency.getValue(), topic.getValue() == null ? null : topic.getValue().id(),
                country.getValue() == null ? null : country.getValue().iso2());
    }

    /** The grid's first sort column as the database's order; none means open requests first, oldest first. */
    static AssistanceOrder order(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) return AssistanceOrder.OLDEST_OPEN_FIRST;
        var first = sortOrders.get(0);
        var ascending = first.getDirection() == SortDirection.ASCENDING;
        if (BY_URGENCY.equals(first.getSorted())) return ascending ? AssistanceOrder.LEAST_URGENT_FIRST : AssistanceOrder.MOST_URGENT_FIRST;
        return ascending ? AssistanceOrder.OLDEST_FIRST : AssistanceOrder.NEWEST_FIRST;
    }

    @Override
    public String getPageTitle() { return getTranslation("assistance.queue.title"); }
}
