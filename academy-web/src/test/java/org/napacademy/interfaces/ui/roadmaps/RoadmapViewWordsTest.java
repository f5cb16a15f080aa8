package org.napacademy.interfaces.ui.roadmaps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.IndicatorService;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.ThematicTag;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/** The roadmap view of a programme with its own words: a roadmap of priorities, actions and milestones tagged by crime area. */
class RoadmapViewWordsTest {
    private final RoadmapViewTest.Roadmaps roadmaps = new RoadmapViewTest.Roadmaps();
    private RoadmapView view;
    private ResultNode priority;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.napacademy.interfaces.ui.roadmaps"));
        roadmaps.roadmap = roadmapOfPriorities();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        view = new RoadmapView(roadmaps, new IndicatorService(), new RoadmapViewTest.Modules(), new RoadmapViewTest.Countries(),
                new RoadmapViewTest.History(), new AccessPolicy(() -> Actor.SYSTEM));
        UI.getCurrent().add(view);
        view.open(7L);
    }

    @Test
    void the_level_column_and_the_tag_column_speak_the_programmes_words() {
        open(Locale.ENGLISH);

        assertThat(GridKt._getFormattedRow(view.tree, 0)).contains("Priority", "Cybercrime");
        assertThat(GridKt._getFormattedRow(view.tree, 1)).contains("Action");
        assertThat(view.tree.getColumns()).extracting(Grid.Column::getHeaderText).contains("Crime area");
        assertThat(view.addGoal.getText()).isEqualTo("Add Priority");
    }

    @Test
    void the_node_form_and_the_add_child_button_name_the_levels_as_the_programme_does() {
        open(Locale.ENGLISH);
        view.tree.select(RoadmapViewTest.shown(view, priority));

        assertThat(_get(view.nodeForm, H3.class).getText()).isEqualTo("Edit Priority");
        assertThat(view.nodeForm.tag.getLabel()).isEqualTo("Crime area");
        assertThat(view.addChild.getText()).isEqualTo("Add Action");

        _click(view.addChild);

        assertThat(_get(view.nodeForm, H3.class).getText()).isEqualTo("New Action");
    }

    @Test
    void in_spanish_the_programmes_spanish_words_show() {
        open(Locale.forLanguageTag("es"));
        assertThat(GridKt._getFormattedRow(view.tree, 0)).contains("Prioridad", "Ciberdelincuencia");

        // the editor takes the room of the tree's detail columns
        view.tree.select(RoadmapViewTest.shown(view, priority));
        assertThat(view.addChild.getText()).isEqualTo("Agregar Acción");
        assertThat(view.nodeForm.tag.getLabel()).isEqualTo("Ámbito delictivo");
    }

    private Roadmap roadmapOfPriorities() {
        var programme = new Programme("EU-CLASI", "Internal security", Set.of("en", "es"));
        programme.changeTemplate(new RoadmapTemplate(EnumSet.of(ResultLevel.GOAL, ResultLevel.OUTPUT, ResultLevel.ACTIVITY),
                List.of(new ThematicTag("CYBERCRIME", new LocalizedText("Cybercrime", "Ciberdelincuencia", null, null)))));
        programme.useVocabulary(new Vocabulary(Map.of(
                Term.GOAL, new LocalizedText("Priority", "Prioridad", null, null),
                Term.OUTPUT, new LocalizedText("Action", "Acción", null, null),
                Term.ACTIVITY, new LocalizedText("Milestone", "Hito", null, null),
                Term.TAG, new LocalizedText("Crime area", "Ámbito delictivo", null, null))));
        var cohort = new Cohort(programme, "2025 Brussels ministerial", new Venue("Council", "Brussels", "BE", "Europe/Brussels"),
                DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 25)));
        var chile = new Country("CL", "CHL", new LocalizedText("Chile", "Chile", "Chile", "Chili"), Subregion.SOUTH_AMERICA);
        var roadmap = new Roadmap(new Delegation(cohort, chile), "Chile: priorities 2025-2026");
        priority = roadmap.addGoal("Dismantle cybercrime networks", "CYBERCRIME",
                DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31)));
        var action = priority.addChild(ResultLevel.OUTPUT, "Joint investigation team",
                DateRange.of(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30)));
        ViewTestSupport.withId(programme, 1L);
        ViewTestSupport.withId(cohort, 2L);
        ViewTestSupport.withId(roadmap, 7L);
        ViewTestSupport.withId(priority, 11L);
        ViewTestSupport.withId(action, 12L);
        return roadmap;
    }
}
