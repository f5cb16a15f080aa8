package org.napacademy.interfaces.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.napacademy.application.ReminderService;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.UserService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.accompaniment.AssistanceQueueView;
import org.napacademy.interfaces.ui.accompaniment.AssistanceView;
import org.napacademy.interfaces.ui.account.AccountView;
import org.napacademy.interfaces.ui.admin.BackupsView;
import org.napacademy.interfaces.ui.admin.TransferView;
import org.napacademy.interfaces.ui.admin.UsersView;
import org.napacademy.interfaces.ui.checkins.CheckInsView;
import org.napacademy.interfaces.ui.cohorts.CohortListView;
import org.napacademy.interfaces.ui.dashboard.DashboardView;
import org.napacademy.interfaces.ui.library.ModulesView;
import org.napacademy.interfaces.ui.programmes.ProgrammesView;
import org.napacademy.interfaces.ui.reminders.RemindersMenu;
import org.napacademy.interfaces.ui.roadmaps.RoadmapListView;
import org.napacademy.interfaces.ui.roadmaps.RoadmapView;

/** The frame of every view: the menu of the areas and the language switch. */
@Dependent
public class MainLayout extends AppLayout {
    private final SideNav menu;

    @Inject
    public MainLayout(AccessPolicy access, RoadmapService roadmaps, UserService users) {
        var title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        var header = new HorizontalLayout(new DrawerToggle(), title, languageSwitch(access, users), account(), signOut());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        menu = menu(access, roadmaps);
        addToDrawer(menu);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * What the actor's role reaches: a delegate their own roadmap and their cohort instead of the full lists,
     * a sponsor the dashboard, cohorts and endorsed roadmaps, staff everything.
     */
    private SideNav menu(AccessPolicy access, RoadmapService roadmaps) {
        var menu = new SideNav();
        var ownRoadmap = access.actor().has(Role.DELEGATE) && !access.mayPlan() ? roadmaps.ownRoadmapId() : Optional.<Long>empty();
        ownRoadmap.ifPresent(id -> menu.addItem(new SideNavItem(getTranslation("menu.myRoadmap"),
                RouteConfiguration.forSessionScope().getUrl(RoadmapView.class, new RouteParameters(RoadmapView.ID, String.valueOf(id))),
                VaadinIcon.ROAD.create())));
        if (access.actor().has(Role.DELEGATE))
            access.ownDelegation().ifPresent(id -> menu.addItem(new SideNavItem(getTranslation("menu.checkIns"),
                    RouteConfiguration.forSessionScope().getUrl(CheckInsView.class, new RouteParameters(CheckInsView.ID, String.valueOf(id))),
                    VaadinIcon.CALENDAR_CLOCK.create())));
        if (access.mayPlan()) menu.addItem(new SideNavItem(getTranslation("menu.assistance"), AssistanceQueueView.class, VaadinIcon.QUESTION_CIRCLE.create()));
        else if (access.actor().has(Role.DELEGATE)) access.ownDelegation().ifPresent(id -> menu.addItem(new SideNavItem(getTranslation("menu.assistance"),
                RouteConfiguration.forSessionScope().getUrl(AssistanceView.class, new RouteParameters(AssistanceView.ID, String.valueOf(id))), VaadinIcon.QUESTION_CIRCLE.create())));
        menu.addItem(new SideNavItem(getTranslation("menu.cohorts"), CohortListView.class, VaadinIcon.GROUP.create()));
        if (ownRoadmap.isEmpty())
            menu.addItem(new SideNavItem(getTranslation("menu.roadmaps"), RoadmapListView.class, VaadinIcon.ROAD.create()));
        menu.addItem(new SideNavItem(getTranslation("menu.modules"), ModulesView.class, VaadinIcon.BOOK.create()));
        if (access.mayPlan() || access.actor().has(Role.SPONSOR))
            menu.addItem(new SideNavItem(getTranslation("menu.dashboard"), DashboardView.class, VaadinIcon.CHART.create()));
        if (access.mayPlan() || access.actor().has(Role.SPONSOR))
            menu.addItem(new SideNavItem(getTranslation("menu.programmes"), ProgrammesView.class, VaadinIcon.SITEMAP.create()));
        if (access.actor().isAdmin()) {
            menu.addItem(new SideNavItem(getTranslation("menu.users"), UsersView.class, VaadinIcon.USERS.create()));
            menu.addItem(new SideNavItem(getTranslation("menu.transfer"), TransferView.class, VaadinIcon.EXCHANGE.create()));
            menu.addItem(new SideNavItem(getTranslation("menu.backups"), BackupsView.class, VaadinIcon.DATABASE.create()));
        }
        return menu;
    }

    /** The reminders, with the count of what is due; CDI calls it after the constructor. */
    @Inject
    void addReminders(ReminderService reminders, AccessPolicy access) {
        RemindersMenu.item(reminders, access).ifPresent(menu::addItem);
    }

    /** The signed-in person's own page: who they are, their API tokens. */
    private Button account() {
        var button = new Button(VaadinIcon.USER.create(), click -> UI.getCurrent().navigate(AccountView.class));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("account"));
        button.setTooltipText(getTranslation("account"));
        button.setId("account");
        return button;
    }

    /** Who is signed in, and the way out: the HTTP session ends, so the next request meets the login view. */
    private Button signOut() {
        var actor = VaadinSession.getCurrent().getAttribute(Actor.class);
        var button = new Button(getTranslation("signout"), VaadinIcon.SIGN_OUT.create(), click -> {
            UI.getCurrent().getPage().setLocation("login");
            VaadinSession.getCurrent().getSession().invalidate();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (actor != null) button.setTooltipText(getTranslation("signedin.as", actor.username()));
        button.setId("sign-out");
        return button;
    }

    private Select<Locale> languageSwitch(AccessPolicy access, UserService users) {
        var languages = new Select<Locale>();
        languages.setAriaLabel(getTranslation("language"));
        languages.setItems(VaadinSession.getCurrent().getService().getInstantiator().getI18NProvider().getProvidedLocales());
        languages.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        languages.setValue(Locale.forLanguageTag(getLocale().getLanguage()));
        languages.setWidth("9em");
        languages.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                // kept on the account, so the next sign-in (on any device) opens in it
                if (access.actor().userId() != null) users.rememberLanguage(change.getValue().getLanguage());
                // every text is written when a view is built: rebuild the page in the new language
                VaadinSession.getCurrent().setLocale(change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return languages;
    }
}
