package org.napacademy.interfaces.ui.gathering;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.interfaces.ui.common.Attempt;
import org.napacademy.interfaces.ui.roadmaps.RoadmapView;

/**
 * The cohort page's "shared roadmap" section: a link to the gathering's shared roadmap when it has one; otherwise, for
 * the cohort's trainers, a title and a button that creates it (and opens it), and for the others a word that there is none.
 */
public class SharedRoadmapSection extends VerticalLayout {
    private final GatheringRoadmapService gatherings;
    private final Cohort cohort;
    final TextField title = new TextField(getTranslation("gathering.newTitle"));
    final Button create = new Button(getTranslation("gathering.create"), VaadinIcon.PLUS.create());

    public SharedRoadmapSection(GatheringRoadmapService gatherings, Cohort cohort) {
        this.gatherings = gatherings;
        this.cohort = cohort;
        setPadding(false);
        setSpacing(false);
        var heading = new H3(getTranslation("gathering.sharedRoadmap"));
        heading.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-l)");
        add(heading);
        gatherings.sharedRoadmapId(cohort.id()).ifPresentOrElse(this::showLink, this::offerCreation);
    }

    private void showLink(long roadmapId) {
        add(new RouterLink(getTranslation("gathering.open"), RoadmapView.class, route(roadmapId)));
    }

    private void offerCreation() {
        if (!gatherings.mayCreate(cohort.id())) {
            var none = new Span(getTranslation("gathering.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(none);
            return;
        }
        title.setValue(getTranslation("gathering.defaultTitle", cohort.name()));
        title.setMaxLength(300);
        title.setRequired(true);
        title.setWidth("min(100%, 28em)");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        create.addClickListener(click -> create());
        var row = new HorizontalLayout(title, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
    }

    private static RouteParameters route(long roadmapId) { return new RouteParameters(RoadmapView.ID, String.valueOf(roadmapId)); }

    private void create() {
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("gathering.titleRequired"));
            title.setInvalid(true);
            return;
        }
        title.setInvalid(false);
        var created = new long[1];
        if (Attempt.write(() -> created[0] = gatherings.create(cohort.id(), title.getValue().strip()).id(), () -> { }))
            UI.getCurrent().navigate(RoadmapView.class, route(created[0]));
    }
}
