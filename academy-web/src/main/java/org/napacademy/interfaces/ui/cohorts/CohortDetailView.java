package org.napacademy.interfaces.ui.cohorts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.napacademy.application.CertificateService;
import org.napacademy.application.CohortDetails;
import org.napacademy.application.CohortService;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.interfaces.ui.gathering.SharedRoadmapSection;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.DelegationService;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.common.Confirmations;
import org.napacademy.interfaces.ui.common.DownloadLinks;
import org.napacademy.interfaces.ui.common.Formats;
import org.napacademy.interfaces.ui.sessions.AgendaPanel;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.words.ProgrammeWords;

/**
 * One cohort: its facts and status (moved on with buttons), its delegations with their participants, and its
 * day-by-day schedule of sessions.
 */
@Dependent
@Route(value = "cohorts/:id", layout = MainLayout.class)
public class CohortDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";

    private final CohortService cohorts;
    private final DelegationService delegations;
    private final CurriculumService curriculum;
    private final Map<String, String> countryNames;
    private final CohortEditor editor;
    private final Formats formats;
    private final VerticalLayout header = new VerticalLayout();
    private final TabSheet tabs = new TabSheet();
    private final Div delegationsTab = new Div();
    private final Div scheduleTab = new Div();
    private final Div certificatesTab = new Div();
    private Tab certificatesTitle;
    private final Tab delegationsTitle;
    private final CertificateService certificates;
    private CohortDetails details;
    private final AccessPolicy access;
    /** The gathering's shared roadmap section; absent where the view is built by hand (view tests), which then leave it out. */
    @Inject GatheringRoadmapService gatherings;

    @Inject
    public CohortDetailView(CohortService cohorts, ProgrammeService programmes, CountryService countries,
                            DelegationService delegations, CurriculumService curriculum, AccessPolicy access,
                            CertificateService certificates) {
        this.cohorts = cohorts;
        this.certificates = certificates;
        this.access = access;
        this.delegations = delegations;
        this.curriculum = curriculum;
        this.countryNames = countries.countryNames(getLocale());
        this.editor = new CohortEditor(cohorts, programmes, countryNames);
        this.formats = new Formats(getLocale());
        setWidthFull();
        header.setPadding(false);
        header.setSpacing(false);
        tabs.setWidthFull();
        delegationsTab.setWidthFull();
        scheduleTab.setWidthFull();
        delegationsTitle = tabs.add("", delegationsTab);
        tabs.add(getTranslation("cohort.tab.schedule"), scheduleTab);
        certificatesTab.setWidthFull();
        add(header, tabs);
    }

    /** Opens the page of the cohort. */
    public static void show(long cohortId) {
        UI.getCurrent().navigate(CohortDetailView.class, new RouteParameters(ID, String.valueOf(cohortId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        try {
            details = cohorts.details(id.orElseThrow(() -> new EntityNotFound("cohort", event.getLocation().getPath())));
        } catch (EntityNotFound e) {
            event.rerouteToError(NotFoundException.class, getTranslation("cohort.notFound"));
            return;
        }
        showCohort();
    }

    /** Reads the cohort again and shows it, keeping the open tab. */
    void reload() {
        try {
            details = cohorts.details(details.cohort().id());
            showCohort();
        } catch (EntityNotFound e) {
            UI.getCurrent().navigate(CohortListView.class);
        }
    }

    private void showCohort() {
        header.removeAll();
        var cohort = details.cohort();
        var title = new H1(cohort.name());
        title.getStyle().set("margin", "0");
        var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                click -> editor.edit(details, this::reload, () -> UI.getCurrent().navigate(CohortListView.class)));
        var planning = access.mayPlan(cohort);
        edit.setVisible(planning);
        var top = new HorizontalLayout(title, edit);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(title);

        var venue = cohort.venue();
        var words = ProgrammeWords.of(cohort.programme(), getLocale());
        delegationsTitle.setLabel(words.word(Term.DELEGATIONS));
        var facts = new Paragraph(words.word(Term.COHORT) + " · " + cohort.programme().name() + " · " + venue.name() + ", " + venue.city() + ", "
                + countryNames.getOrDefault(venue.countryCode(), venue.countryCode()) + " · " + formats.dates(cohort.dates())
                + " · " + venue.timeZone().getId());
        facts.getStyle().set("margin", "var(--lumo-space-xs) 0").set("color", "var(--lumo-secondary-text-color)");

        var trainers = new Paragraph(cohort.trainers().isEmpty() ? getTranslation("cohort.trainers.none")
                : getTranslation("cohort.trainers", String.join(", ", cohort.trainers())));
        trainers.getStyle().set("margin", "0");

        // the participant and attendance tables (xlsx, csv) are the trainers', the outcome report (pdf) also the sponsors'
        var downloads = new DownloadLinks("api/v1/cohorts/" + cohort.id() + "/exports",
                planning ? List.of("pdf", "xlsx", "csv", "ics") : access.mayReadOutcomes(cohort) ? List.of("pdf", "ics") : List.of("ics"));
        header.add(new RouterLink(getTranslation("cohort.back"), CohortListView.class), top, facts, statusBar(), trainers,
                downloads);
        if (gatherings != null) header.add(new SharedRoadmapSection(gatherings, cohort));

        delegationsTab.removeAll();
        delegationsTab.add(new DelegationsPanel(delegations, details, countryNames, this::reload, access));
        scheduleTab.removeAll();
        scheduleTab.add(new AgendaPanel(curriculum, details, formats, planning));
        showCertificates(planning);
    }

    /** The certificates tab, for those who may see the cohort's personal data (its trainers). */
    private void showCertificates(boolean planning) {
        certificatesTab.removeAll();
        if (!planning) {
            if (certificatesTitle != null) tabs.remove(certificatesTitle);
            certificatesTitle = null;
            return;
        }
        if (certificatesTitle == null) certificatesTitle = tabs.add(getTranslation("certificates.tab"), certificatesTab);
        certificatesTab.add(new CertificatesPanel(certificates, details.cohort(), formats));
    }

    private FlexLayout statusBar() {
        var cohort = details.cohort();
        var status = new Span(getTranslation("cohort.status." + cohort.status()));
        status.getElement().setAttribute("title", getTranslation("cohort.status"));
        status.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-primary-color-10pct)").set("color", "var(--lumo-primary-text-color)")
                .set("font-weight", "600");
        var bar = new FlexLayout(status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap").set("margin", "var(--lumo-space-s) 0");
        Arrays.stream(CohortStatus.values()).filter(cohort.status()::mayBecome).forEach(next -> {
            var move = new Button(getTranslation("cohort.moveTo." + next), click -> confirmMove(next));
            move.setVisible(access.mayPlan(cohort));
            if (next != CohortStatus.CLOSED) move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(move);
        });
        return bar;
    }

    private void confirmMove(CohortStatus next) {
        Confirmations.ask(getTranslation("cohort.moveTo." + next),
                getTranslation("cohort.moveTo.confirm", getTranslation("cohort.status." + next)),
                getTranslation("cohort.moveTo." + next), next == CohortStatus.CLOSED, () -> {
                    var cohort = details.cohort();
                    Attempt.writeAndReload(() -> cohorts.changeStatus(cohort.id(), cohort.version(), next), this::reload);
                });
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("cohorts.title") : details.cohort().name()) + " · " + getTranslation("app.title");
    }
}
