package org.napacademy.interfaces.ui.programmes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.napacademy.application.EntityNotFound;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.interfaces.ui.MainLayout;
import org.napacademy.interfaces.ui.cohorts.CohortDetailView;

/**
 * One programme: what it is, the languages it offers, its roadmap template in its own words (the levels it uses and
 * its thematic tags), its vocabulary, its cohorts and a link to its committee. An administrator configures it here.
 * Whoever may not read the programme (a sponsor of another one) gets the access-denied page.
 */
@Dependent
@Route(value = "programmes/:id", layout = MainLayout.class)
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    static final String ID = "id";
    private final ProgrammeService programmes;
    private final AccessPolicy access;
    private final DateTimeFormatter dateFormat;
    final Button configure = new Button(getTranslation("programmes.configure"), VaadinIcon.COG.create());
    final Grid<Term> vocabulary = new Grid<>();
    private final VerticalLayout body = new VerticalLayout();
    private Programme programme;

    @Inject
    public ProgrammeView(ProgrammeService programmes, AccessPolicy access) {
        this.programmes = programmes;
        this.access = access;
        dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        body.setPadding(false);
        configure.addClickListener(click -> new ProgrammeEditor(programmes).edit(programme, this::reload));
        vocabulary.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        vocabulary.setAllRowsVisible(true);
        vocabulary.setMaxWidth("40em");
        vocabulary.addColumn(term -> ProgrammeTerms.platformWord(this, term)).setHeader(getTranslation("programmes.vocabulary.term"));
        vocabulary.addColumn(term -> ProgrammeTerms.word(this, programme.vocabulary(), term))
                .setHeader(getTranslation("programmes.vocabulary.word"));
        vocabulary.addColumn(term -> getTranslation(programme.vocabulary().names(term) ? "programmes.vocabulary.own" : "programmes.vocabulary.platform"))
                .setHeader(getTranslation("programmes.vocabulary.source"));
        vocabulary.setItems(Arrays.asList(Term.values()));
        vocabulary.setId("programme-vocabulary");
        configure.setId("programme-configure");
        add(body);
    }

    /** Opens the page of the programme. */
    public static void show(long programmeId) {
        UI.getCurrent().navigate(ProgrammeView.class, new RouteParameters(ID, String.valueOf(programmeId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            programme = programmes.programme(event.getRouteParameters().getLong(ID)
                    .orElseThrow(() -> new EntityNotFound("programme", event.getLocation().getPath())));
        } catch (EntityNotFound e) {
            event.rerouteToError(NotFoundException.class, getTranslation("programmes.notFound"));
            return;
        }
        showProgramme();
    }

    private void reload() {
        try {
            programme = programmes.programme(programme.id());
            showProgramme();
        } catch (EntityNotFound e) {
            UI.getCurrent().navigate(ProgrammesView.class);
        }
    }

    private void showProgramme() {
        body.removeAll();
        var title = new H1(programme.name());
        title.setId("programme-title");
        title.getStyle().set("margin", "0");
        configure.setVisible(access.actor().isAdmin());
        var heading = new HorizontalLayout(title, configure);
        heading.setWidthFull();
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        body.add(heading);
        programme.description().ifPresent(text -> body.add(new Paragraph(text)));
        body.add(new Paragraph(getTranslation("programmes.languagesLine", programme.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(getLocale())).collect(Collectors.joining(", ")))));
        var committee = new Anchor("programmes/" + programme.id() + "/committee", getTranslation("programmes.committee"));
        committee.setId("programme-committee");
        body.add(committee);

        var template = new HorizontalLayout(levels(), tags());
        template.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xl)");
        body.add(new H2(getTranslation("programmes.template")), template);
        var cohortsHeading = new H2(ProgrammeTerms.word(this, programme.vocabulary(), Term.COHORTS));
        cohortsHeading.setId("programme-cohorts-heading");
        body.add(cohortsHeading, cohorts());
        body.add(new H2(getTranslation("programmes.vocabulary")), vocabulary);
        vocabulary.getDataProvider().refreshAll();
    }

    /** The levels its roadmaps use, top down, each in the programme's word beside the platform's. */
    private Component levels() {
        var list = new UnorderedList();
        list.setId("programme-levels");
        programme.template().levels().forEach(level -> {
            var term = Term.of(level);
            var word = ProgrammeTerms.word(this, programme.vocabulary(), term);
            var platform = ProgrammeTerms.platformWord(this, term);
            list.add(new ListItem(word.equals(platform) ? word : getTranslation("programmes.levelAs", word, platform)));
        });
        return section(getTranslation("programmes.levels"), list);
    }

    private Component tags() {
        var template = programme.template();
        var heading = ProgrammeTerms.word(this, programme.vocabulary(), Term.TAGS);
        if (!template.usesTags()) return section(heading, new Paragraph(getTranslation("programmes.tags.none")));
        var list = new UnorderedList();
        list.setId("programme-tags");
        template.tags().forEach(tag -> {
            var code = new Span(tag.code());
            code.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            list.add(new ListItem(new Span(tag.labelIn(getLocale()) + " "), code));
        });
        return section(heading, list);
    }

    private Component cohorts() {
        var cohorts = programmes.cohortsOf(programme.id());
        if (cohorts.isEmpty()) return new Paragraph(getTranslation("programmes.cohorts.none"));
        var list = new UnorderedList();
        list.setId("programme-cohorts");
        cohorts.forEach(cohort -> list.add(new ListItem(new RouterLink(cohort.name(), CohortDetailView.class,
                new RouteParameters(ID, String.valueOf(cohort.id()))), new Span(" · " + dates(cohort)))));
        return list;
    }

    private String dates(Cohort cohort) {
        return dateFormat.format(cohort.dates().start()) + " – " + dateFormat.format(cohort.dates().end());
    }

    private static Component section(String title, Component content) {
        var caption = new Span(title);
        caption.getStyle().set("font-weight", "600");
        var section = new Div(caption, content);
        section.setMinWidth("16em");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (programme == null ? getTranslation("programmes.title") : programme.name()) + " · " + getTranslation("app.title");
    }
}
