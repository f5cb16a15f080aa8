package org.napacademy.interfaces.ui.checkins;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.napacademy.interfaces.ui.common.LocalizedDatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.napacademy.application.ReportContent;
import org.napacademy.application.ReportedActual;
import org.napacademy.application.ReportedStatus;
import org.napacademy.domain.model.accompaniment.ProgressReport;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * A delegation's check-in for one reporting period: the narrative, status changes of the roadmap's nodes, new
 * actuals of its indicators (women and men apart when the indicator is disaggregated by sex) and evidence links.
 * Status changes and actuals already recorded stay as they are (the service only adds to them); the narrative and
 * the links are rewritten on each save. The form only raises a {@link SaveEvent}; submitting asks first.
 */
public class CheckInForm extends VerticalLayout {
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

    final TextArea achievements = new TextArea(getTranslation("checkin.achievements"));
    final TextArea obstacles = new TextArea(getTranslation("checkin.obstacles"));
    final TextArea nextSteps = new TextArea(getTranslation("checkin.nextSteps"));
    private final BeanValidationBinder<NarrativeDraft> narrative = new BeanValidationBinder<>(NarrativeDraft.class);

    final ComboBox<ResultNode> node = new ComboBox<>(getTranslation("checkin.status.node"));
    final ComboBox<ProgressStatus> status = new ComboBox<>(getTranslation("checkin.status.to"));
    final Button addStatus = new Button(getTranslation("checkin.status.add"), VaadinIcon.PLUS.create());
    private final BeanValidationBinder<StatusEntry> statusBinder = new BeanValidationBinder<>(StatusEntry.class);
    private final List<ReportedStatus> statusChanges = new ArrayList<>();
    private final VerticalLayout statusList = list();

    final ComboBox<Period> period = new ComboBox<>(getTranslation("checkin.actual.indicator"));
    final BigDecimalField value = new BigDecimalField(getTranslation("checkin.actual.value"));
    final BigDecimalField female = new BigDecimalField(getTranslation("checkin.actual.female"));
    final BigDecimalField male = new BigDecimalField(getTranslation("checkin.actual.male"));
    final DatePicker asOf = new LocalizedDatePicker(getTranslation("checkin.actual.asOf"));
    final TextField comment = new TextField(getTranslation("checkin.actual.comment"));
    final Button addActual = new Button(getTranslation("checkin.actual.add"), VaadinIcon.PLUS.create());
    private final BeanValidationBinder<ActualEntry> actualBinder = new BeanValidationBinder<>(ActualEntry.class);
    private final List<ReportedActual> actuals = new ArrayList<>();
    private final VerticalLayout actualList = list();

    final TextField link = new TextField(getTranslation("checkin.link"));
    final Button addLink = new Button(getTranslation("checkin.link.add"), VaadinIcon.PLUS.create());
    private final BeanValidationBinder<LinkEntry> linkBinder = new BeanValidationBinder<>(LinkEntry.class);
    private final List<String> links = new ArrayList<>();
    private final List<String> savedLinks = new ArrayList<>();
    private final VerticalLayout linkList = list();

    final Button saveDraft = new Button(getTranslation("checkin.saveDraft"));
    final Button submit = new Button(getTranslation("checkin.submit"), VaadinIcon.PAPERPLANE.create());

    private final Formats formats;
    private final DateRange reportingPeriod;

    /** {@code report} is the check-in to edit, or null for a new one of {@code reportingPeriod}. */
    public CheckInForm(Roadmap roadmap, ProgressReport report, DateRange reportingPeriod, Formats formats) {
        this.formats = formats;
        this.reportingPeriod = reportingPeriod;
        setPadding(false);
        setId("checkin-form");
        add(new H4(getTranslation("checkin.narrative")), narrativeFields());
        if (report != null) add(recorded(report));
        add(new H4(getTranslation("checkin.statusChanges")), statusFields(roadmap), statusList);
        add(new H4(getTranslation("checkin.actuals")), actualFields(roadmap), actualList);
        add(new H4(getTranslation("checkin.links")), linkFields(), linkList);
        add(buttons());
        var draft = new NarrativeDraft();
        if (report != null) {
            draft.setAchievements(report.achievements().orElse(null));
            draft.setObstacles(report.obstacles().orElse(null));
            draft.setNextSteps(report.nextSteps().orElse(null));
            links.addAll(report.evidenceLinks());
            savedLinks.addAll(report.evidenceLinks());
        }
        narrative.readBean(draft);
        showLinks();
    }

    private FormLayout narrativeFields() {
        for (var area : List.of(achievements, obstacles, nextSteps)) {
            area.setMaxLength(4000);
            area.setMinHeight("6em");
        }
        narrative.bindInstanceFields(this);
        var fields = new FormLayout(achievements, obstacles, nextSteps);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return fields;
    }

    /** What earlier saves of this check-in already brought, which a save only adds to. */
    private VerticalLayout recorded(ProgressReport report) {
        var recorded = list();
        report.statusChanges().forEach(change -> recorded.add(new Span(getTranslation("checkin.recorded.status",
                change.node().title(), status(change.from()), status(change.to())))));
        report.newActuals().forEach(actual -> recorded.add(new Span(getTranslation("checkin.recorded.actual",
                actual.period().indicator().title(), formats.number(actual.value().orElse(null)),
                actual.sex().map(sex -> getTranslation("actual.sex." + sex)).orElse(""), formats.date(actual.asOf())))));
        recorded.setVisible(recorded.getComponentCount() > 0);
        recorded.addComponentAsFirst(new H4(getTranslation("checkin.recorded")));
        return recorded;
    }

    private HorizontalLayout statusFields(Roadmap roadmap) {
        node.setItems(roadmap.nodes());
        var words = ProgrammeWords.of(roadmap.programme(), getLocale());
        node.setItemLabelGenerator(n -> words.level(n.level()) + ": " + n.title() + " (" + status(n.status()) + ")");
        node.setWidth("28em");
        status.setItems(Arrays.asList(ProgressStatus.values()));
        status.setItemLabelGenerator(this::status);
        statusBinder.forField(node).asRequired(getTranslation("checkin.required")).bind("node");
        statusBinder.forField(status).asRequired(getTranslation("checkin.required")).bind("status");
        statusBinder.setBean(new StatusEntry());
        addStatus.addClickListener(click -> {
            var entry = statusBinder.getBean();
            if (!statusBinder.validate().isOk()) return;
            statusChanges.add(entry.toReported());
            showItem(statusList, getTranslation("checkin.pending.status", entry.getNode().title(), status(entry.getStatus())),
                    statusChanges, entry.toReported());
            statusBinder.setBean(new StatusEntry());
        });
        return row(node, status, addStatus);
    }

    private HorizontalLayout actualFields(Roadmap roadmap) {
        period.setItems(roadmap.nodes().stream().flatMap(n -> n.indicators().stream()).flatMap(i -> i.periods().stream()).toList());
        period.setItemLabelGenerator(p -> p.indicator().title() + " (" + formats.dates(p.dates()) + ")");
        period.setWidth("28em");
        period.addValueChangeListener(change -> showSexFields(change.getValue()));
        showSexFields(null);
        actualBinder.forField(period).asRequired(getTranslation("checkin.required")).bind("period");
        actualBinder.forField(asOf).asRequired(getTranslation("checkin.required")).bind("asOf");
        actualBinder.bindInstanceFields(this);
        newActualEntry();
        addActual.addClickListener(click -> {
            var entry = actualBinder.getBean();
            if (!actualBinder.validate().isOk()) return;
            if (!entry.hasAValue()) {
                value.setInvalid(true);
                value.setErrorMessage(getTranslation("checkin.actual.valueRequired"));
                return;
            }
            for (var actual : entry.toReported()) {
                actuals.add(actual);
                showItem(actualList, getTranslation("checkin.pending.actual", entry.getPeriod().indicator().title(),
                        formats.number(actual.value()), actual.sex() == null ? "" : getTranslation("actual.sex." + actual.sex()),
                        formats.date(actual.asOf())), actuals, actual);
            }
            newActualEntry();
        });
        return row(period, value, female, male, asOf, comment, addActual);
    }

    private void newActualEntry() {
        var entry = new ActualEntry();
        entry.setAsOf(LocalDate.now().isAfter(reportingPeriod.end()) ? reportingPeriod.end() : LocalDate.now());
        entry.setPeriod(period.getValue());
        actualBinder.setBean(entry);
    }

    private void showSexFields(Period chosen) {
        var bySex = chosen != null && chosen.indicator().isDisaggregatedBySex();
        female.setVisible(bySex);
        male.setVisible(bySex);
        if (!bySex) {
            female.clear();
            male.clear();
        }
    }

    private HorizontalLayout linkFields() {
        link.setPlaceholder("https://");
        link.setWidth("28em");
        linkBinder.forField(link).asRequired(getTranslation("checkin.required"))
                .withValidator(url -> WEB_ADDRESS.matcher(url.strip()).matches(), getTranslation("checkin.link.invalid"))
                .bind("url");
        linkBinder.setBean(new LinkEntry());
        addLink.addClickListener(click -> takeLink());
        return row(link, addLink);
    }

    /** Adds the typed link to the list; false when it is not a web address (the message shows next to it). */
    private boolean takeLink() {
        if (!linkBinder.validate().isOk()) return false;
        links.add(linkBinder.getBean().getUrl().strip());
        linkBinder.setBean(new LinkEntry());
        showLinks();
        return true;
    }

    private void showLinks() {
        linkList.removeAll();
        List.copyOf(links).forEach(url -> showItem(linkList, url, links, url));
    }

    private HorizontalLayout buttons() {
        saveDraft.addClickListener(click -> save(false));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> save(true));
        var buttons = new HorizontalLayout(saveDraft, submit);
        buttons.getStyle().set("margin-top", "var(--lumo-space-m)");
        return buttons;
    }

    /**
     * Checks the narrative and a link still typed in its field (a link left there is meant to be part of the
     * check-in), then raises the event; submitting asks for confirmation first.
     */
    private void save(boolean andSubmit) {
        var draft = new NarrativeDraft();
        if (!narrative.writeBeanIfValid(draft)) {
            narrative.validate();
            return;
        }
        if (!link.isEmpty() && !takeLink()) return;
        var content = new ReportContent(draft.getAchievements(), draft.getObstacles(), draft.getNextSteps(), List.copyOf(links),
                List.copyOf(statusChanges), List.copyOf(actuals));
        if (andSubmit) {
            Confirmations.ask(getTranslation("checkin.confirm.header"), getTranslation("checkin.confirm.text"),
                    getTranslation("checkin.submit"), false, () -> fireEvent(new SaveEvent(this, content, true)));
        } else {
            fireEvent(new SaveEvent(this, content, false));
        }
    }

    /** True when the user typed or added something that no save has stored yet. */
    public boolean hasUnsavedChanges() {
        return narrative.hasChanges() || !statusChanges.isEmpty() || !actuals.isEmpty() || !links.equals(savedLinks)
                || !link.isEmpty();
    }

    private String status(ProgressStatus value) { return getTranslation("roadmap.progress." + value); }

    /** Shows an added item with a button that takes it out of {@code items} again. */
    private static <T> void showItem(VerticalLayout list, String text, List<T> items, T item) {
        var row = new HorizontalLayout();
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(list.getTranslation("checkin.remove", text));
        remove.addClickListener(click -> {
            items.remove(item);
            list.remove(row);
        });
        row.add(new Span(text), remove);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("checkin-item");
        list.add(row);
    }

    private static VerticalLayout list() {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        return list;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... fields) {
        var row = new HorizontalLayout(fields);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        row.setWidthFull();
        return row;
    }

    /** The check-in's content is valid: store it (and submit it, when {@code submit}). */
    public static class SaveEvent extends ComponentEvent<CheckInForm> {
        private final ReportContent content;
        private final boolean submit;

        SaveEvent(CheckInForm source, ReportContent content, boolean submit) {
            super(source, false);
            this.content = content;
            this.submit = submit;
        }

        public ReportContent content() { return content; }

        public boolean submit() { return submit; }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
