package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.CurriculumService;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.FormDialog;
import org.napacademy.interfaces.ui.common.Formats;

/** The cohort's schedule, one column per day of the cohort, with the session form to plan, move or delete sessions. */
public class AgendaPanel extends VerticalLayout {
    private static final int MODULES_SHOWN = 200;

    private final CurriculumService curriculum;
    private final CohortDetails cohort;
    private final Formats formats;
    private final FlexLayout days = new FlexLayout();
    private final Paragraph empty = new Paragraph();
    private final boolean planning;

    /** {@code planning}: whether the actor may plan and change the cohort's sessions (otherwise the agenda is read-only). */
    public AgendaPanel(CurriculumService curriculum, CohortDetails cohort, Formats formats, boolean planning) {
        this.curriculum = curriculum;
        this.planning = planning;
        this.cohort = cohort;
        this.formats = formats;
        setPadding(false);
        setWidthFull();
        var plan = new Button(getTranslation("agenda.plan"), VaadinIcon.PLUS.create(),
                click -> open(SessionBean.on(cohort.cohort().dates().start())));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setEnabled(!cohort.cohort().isClosed());
        plan.setVisible(planning);
        days.setWidthFull();
        days.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        days.getStyle().set("gap", "var(--lumo-space-m)");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new HorizontalLayout(plan), empty, days);
        refresh();
    }

    private void refresh() {
        days.removeAll();
        var sessions = curriculum.sessionsOf(cohort.cohort().id());
        Map<LocalDate, List<Session>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.startsAt().toLocalDate()));
        empty.setText(getTranslation("agenda.empty"));
        empty.setVisible(sessions.isEmpty());
        cohort.cohort().dates().start().datesUntil(cohort.cohort().dates().end().plusDays(1))
                .forEach(date -> days.add(day(date, byDay.getOrDefault(date, List.of()))));
    }

    private VerticalLayout day(LocalDate date, List<Session> sessions) {
        var column = new VerticalLayout();
        column.addClassName("agenda-day");
        column.setPadding(true);
        column.setSpacing(true);
        column.getStyle().set("flex", "1 1 15rem").set("min-width", "15rem").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        var heading = new H4(formats.day(date));
        heading.getStyle().set("margin", "0");
        column.add(heading);
        if (sessions.isEmpty()) {
            var nothing = new Span(getTranslation("agenda.day.empty"));
            nothing.getStyle().set("color", "var(--lumo-secondary-text-color)");
            column.add(nothing);
        }
        sessions.forEach(session -> column.add(card(session)));
        return column;
    }

    private Div card(Session session) {
        var time = new Span(formats.times(session.startsAt().toLocalTime(), session.endsAt().toLocalTime()));
        time.getStyle().set("font-weight", "600");
        var title = new Div(session.module().title().in(getLocale()));
        title.getStyle().set("font-size", "var(--lumo-font-size-m)");
        var where = new Div(session.room().map(room -> getTranslation("agenda.room", room)).orElse(getTranslation("agenda.room.none")));
        var who = new Div(session.trainers().isEmpty() ? getTranslation("agenda.trainers.none")
                : getTranslation("agenda.trainers", String.join(", ", session.trainers())));
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var attendance = new RouterLink(getTranslation("agenda.attendance"), SessionView.class,
                new RouteParameters(SessionView.ID, String.valueOf(session.id())));
        var edit = new Button(getTranslation("action.edit"), click -> open(SessionBean.of(session)));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // attendance and the session's changes are the cohort's trainers'
        attendance.setVisible(planning);
        edit.setVisible(planning);
        var actions = new HorizontalLayout(attendance, edit);
        actions.setAlignItems(Alignment.CENTER);
        var card = new Div(time, title, where, who, actions);
        card.addClassName("agenda-session");
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    private void open(SessionBean bean) {
        var details = cohort.cohort();
        List<Module> modules = curriculum.modules(details.programme().id(), 0, MODULES_SHOWN);
        var form = new SessionForm(modules, details.dates(), details.trainers());
        form.edit(bean, !bean.isNew());
        var dialog = new FormDialog<>(getTranslation(bean.isNew() ? "session.new" : "session.edit"), form);
        Runnable reload = () -> {
            dialog.close();
            refresh();
        };
        form.addSaveListener(save -> {
            var draft = save.draft();
            Runnable write = draft.isNew() ? () -> curriculum.planSession(details.id(), draft.toDraft())
                    : () -> curriculum.updateSession(draft.getId(), draft.getVersion(), draft.toDraft());
            Attempt.writeAndReload(write, reload);
        });
        form.addDeleteListener(delete -> {
            var draft = delete.draft();
            Attempt.writeAndReload(() -> curriculum.deleteSession(draft.getId(), draft.getVersion()), reload);
        });
        dialog.open();
    }
}
