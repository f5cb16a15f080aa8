package org.napacademy.interfaces.ui.sessions;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.curriculum.Session;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.cohorts.CohortDetailView;
import org.napacademy.interfaces.ui.common.Formats;

/** A session as the trainer runs it: attendance taken with one click per participant, then the session's feedback. */
@Dependent
@Route(value = "sessions/:id", layout = MainLayout.class)
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    private final CurriculumService curriculum;
    private final Map<String, String> countryNames;
    private final Formats formats;
    private final Div header = new Div();
    private final Div attendanceTab = new Div();
    private final Div feedbackTab = new Div();
    private Session session;

    private final AccessPolicy access;
    private final TabSheet tabs = new TabSheet();

    @Inject
    public SessionView(CurriculumService curriculum, CountryService countries, AccessPolicy access) {
        this.curriculum = curriculum;
        this.access = access;
        this.countryNames = countries.countryNames(getLocale());
        this.formats = new Formats(getLocale());
        setWidthFull();
        header.setWidthFull();
        attendanceTab.setWidthFull();
        feedbackTab.setWidthFull();
        tabs.setWidthFull();
        tabs.add(getTranslation("session.tab.attendance"), attendanceTab);
        tabs.add(getTranslation("session.tab.feedback"), feedbackTab);
        add(header, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        try {
            if (id.isEmpty()) throw new EntityNotFound("session", event.getLocation().getPath());
            session = curriculum.session(id.get());
        } catch (EntityNotFound e) {
            event.rerouteToError(NotFoundException.class, getTranslation("session.notFound"));
            return;
        }
        showSession();
    }

    /** Reads the session again (after a stale write); back to the start page when it is gone. */
    void reload() {
        try {
            session = curriculum.session(session.id());
            showSession();
        } catch (EntityNotFound e) {
            UI.getCurrent().navigate("");
        }
    }

    private void showSession() {
        header.removeAll();
        var cohort = session.cohort();
        var back = new RouterLink(getTranslation("session.back", cohort.name()), CohortDetailView.class,
                new RouteParameters("id", String.valueOf(cohort.id())));
        var title = new H1(session.module().title().in(getLocale()));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-xxl)");
        var when = formats.day(session.startsAt().toLocalDate()) + " · "
                + formats.times(session.startsAt().toLocalTime(), session.endsAt().toLocalTime())
                + session.room().map(room -> " · " + room).orElse("")
                + (session.trainers().isEmpty() ? "" : " · " + String.join(", ", session.trainers()));
        var facts = new Paragraph(when);
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-xs) 0");
        header.add(back, title, facts);
        // attendance and individual feedback are personal data: the cohort's trainers only
        var personal = access.mayPlan(cohort);
        tabs.setVisible(personal);
        attendanceTab.removeAll();
        feedbackTab.removeAll();
        if (!personal) return;
        attendanceTab.add(new AttendancePanel(curriculum, session, formats, countryNames, this::reload));
        feedbackTab.add(new FeedbackPanel(curriculum, session.id(), formats, this::reload));
    }

    @Override
    public String getPageTitle() {
        return (session == null ? getTranslation("session.title") : session.module().title().in(getLocale()))
                + " · " + getTranslation("app.title");
    }
}
