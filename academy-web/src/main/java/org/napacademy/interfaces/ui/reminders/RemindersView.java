package org.napacademy.interfaces.ui.reminders;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.napacademy.application.DelegationReminders;
import org.napacademy.application.DueMilestone;
import org.napacademy.application.OverdueCheckIn;
import org.napacademy.application.ReminderDigestService;
import org.napacademy.application.ReminderService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.checkins.CheckInsView;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.roadmaps.RoadmapView;
import org.napacademy.interfaces.ui.roadmaps.StatusBadge;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * What is due: each delegation the signed-in person follows (a delegate their own; a trainer the delegations
 * of their open cohorts, an administrator all), with its overdue check-ins and the results of its roadmap
 * ending in the next 30 days, each line leading to the check-ins page or to the result in its roadmap. Staff
 * narrow the list by kind and cohort; an administrator mails today's digests at once.
 */
@Dependent
@Route(value = "reminders", layout = MainLayout.class)
public class RemindersView extends VerticalLayout implements HasDynamicTitle {

    final Select<ReminderKind> kind = new Select<>();
    final ComboBox<Long> cohort = new ComboBox<>();
    final Button sendNow = new Button(VaadinIcon.ENVELOPE_O.create());
    final Paragraph empty = new Paragraph();
    final VerticalLayout groups = new VerticalLayout();

    private final ReminderDigestService digests;
    private final Formats formats;
    private final List<DelegationReminders> all;

    @Inject
    public RemindersView(ReminderService reminders, ReminderDigestService digests, AccessPolicy access) {
        this.digests = digests;
        this.formats = new Formats(getLocale());
        this.all = reminders.mine();
        setWidthFull();
        setMaxWidth("64em");

        var intro = new Paragraph(getTranslation("reminders.intro", ReminderService.HORIZON_DAYS));
        intro.getStyle().set("margin-top", "0");
        kind.setLabel(getTranslation("reminders.kind"));
        kind.setItems(ReminderKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("reminders.kind." + value));
        kind.setValue(ReminderKind.ALL);
        kind.addValueChangeListener(change -> show());

        var cohorts = new LinkedHashMap<Long, String>();
        all.forEach(delegation -> cohorts.putIfAbsent(delegation.cohortId(), delegation.cohortName()));
        cohort.setLabel(getTranslation("reminders.cohort"));
        cohort.setPlaceholder(getTranslation("reminders.cohort.all"));
        cohort.setItems(cohorts.keySet());
        cohort.setItemLabelGenerator(id -> cohorts.getOrDefault(id, ""));
        cohort.setClearButtonVisible(true);
        cohort.setVisible(access.mayPlan());
        cohort.addValueChangeListener(change -> show());

        sendNow.setText(getTranslation("reminders.sendNow"));
        sendNow.setVisible(access.actor().isAdmin());
        sendNow.addClickListener(click -> sendDigests());

        var filters = new HorizontalLayout(kind, cohort, sendNow);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        empty.setText(getTranslation("reminders.empty", ReminderService.HORIZON_DAYS));
        empty.setId("reminders-empty");
        groups.setPadding(false);
        groups.setId("reminders");
        add(new H1(getTranslation("reminders.title")), intro, filters, empty, groups);
        show();
    }

    /** Lays the delegations out again as the filters say. */
    private void show() {
        groups.removeAll();
        var wanted = kind.getValue() == null ? ReminderKind.ALL : kind.getValue();
        all.stream()
                .filter(delegation -> cohort.getValue() == null || Objects.equals(cohort.getValue(), delegation.cohortId()))
                .map(delegation -> group(delegation, wanted))
                .filter(Objects::nonNull)
                .forEach(groups::add);
        empty.setVisible(groups.getComponentCount() == 0);
    }

    /** One delegation's card, or null when the filter leaves nothing in it. */
    private Component group(DelegationReminders delegation, ReminderKind wanted) {
        var lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        if (wanted.showsCheckIns()) delegation.overdueCheckIns().forEach(overdue -> lines.add(overdueLine(delegation, overdue)));
        if (wanted.showsMilestones()) delegation.dueMilestones().forEach(due -> lines.add(milestoneLine(due)));
        if (lines.getComponentCount() == 0) return null;
        var heading = new H3(getTranslation("reminders.delegation", delegation.country().in(getLocale()), delegation.cohortName()));
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        var card = new Div(heading, lines);
        card.addClassName("reminder-group");
        card.getElement().setAttribute("data-delegation", String.valueOf(delegation.delegationId()));
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    private Component overdueLine(DelegationReminders delegation, OverdueCheckIn overdue) {
        var link = new RouterLink(getTranslation("reminders.overdue", formats.dates(overdue.period())), CheckInsView.class,
                new RouteParameters(CheckInsView.ID, String.valueOf(delegation.delegationId())));
        var when = new Span(getTranslation("reminders.overdue.when", formats.date(overdue.dueOn()), overdue.daysOverdue()));
        when.getStyle().set("color", "var(--lumo-error-text-color)");
        return line(VaadinIcon.CALENDAR_CLOCK, "var(--lumo-error-color)", link, when);
    }

    private Component milestoneLine(DueMilestone due) {
        var link = new RouterLink(getTranslation("reminders.milestone", ProgrammeWords.platform(getLocale()).level(due.level()), due.title()),
                RoadmapView.class, new RouteParameters(RoadmapView.ID, String.valueOf(due.roadmapId())));
        link.setQueryParameters(QueryParameters.of(RoadmapView.NODE, String.valueOf(due.nodeId())));
        var when = new Span(getTranslation("reminders.milestone.when", formats.date(due.dueOn()), due.daysLeft()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return line(VaadinIcon.FLAG_O, "var(--lumo-primary-color)", link, when, new StatusBadge(due.status()));
    }

    private static Component line(VaadinIcon symbol, String colour, Component... parts) {
        var icon = symbol.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.setColor(colour);
        var line = new HorizontalLayout(icon);
        line.add(parts);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName("reminder");
        line.getStyle().set("flex-wrap", "wrap").set("padding", "var(--lumo-space-xs) 0").set("column-gap", "var(--lumo-space-s)");
        return line;
    }

    private void sendDigests() {
        var run = digests.sendToday();
        var notice = run.mailConfigured()
                ? Notification.show(getTranslation("reminders.sent", run.sent()), 5000, Notification.Position.MIDDLE)
                : Notification.show(getTranslation("reminders.mailOff"), 8000, Notification.Position.MIDDLE);
        notice.addThemeVariants(run.mailConfigured() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
    }

    @Override public String getPageTitle() { return getTranslation("reminders.title") + " · " + getTranslation("app.title"); }
}
