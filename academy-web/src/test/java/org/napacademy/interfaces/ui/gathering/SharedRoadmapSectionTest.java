package org.napacademy.interfaces.ui.gathering;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.interfaces.ui.ViewTestSupport;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;

/** The cohort page's shared roadmap section: a link when there is one, creation for the cohort's trainers. */
class SharedRoadmapSectionTest {
    private final Gatherings gatherings = new Gatherings();
    private Cohort cohort;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.napacademy.interfaces.ui.roadmaps"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var programme = new Programme("Parliamentary network", "Security in the Americas", Set.of("en", "es", "pt", "fr"));
        cohort = ViewTestSupport.withId(new Cohort(programme, "2025 Panama City gathering",
                new Venue("National Assembly", "Panama City", "PA", "America/Panama"),
                DateRange.of(LocalDate.of(2025, 11, 27), LocalDate.of(2025, 11, 28))), 2L);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private SharedRoadmapSection section() {
        var section = new SharedRoadmapSection(gatherings, cohort);
        UI.getCurrent().add(section);
        return section;
    }

    @Test
    void a_cohort_with_a_shared_roadmap_links_to_it() {
        gatherings.existing = Optional.of(7L);
        var section = section();
        assertThat(_find(section, RouterLink.class)).singleElement()
                .satisfies(link -> assertThat(link.getHref()).isEqualTo("roadmaps/7"));
        assertThat(section.create.isAttached()).isFalse();
    }

    @Test
    void a_trainer_creates_it_with_a_title_and_a_blank_title_shows_a_message_next_to_the_field() {
        gatherings.mayCreate = true;
        var section = section();
        assertThat(section.title.getValue()).isEqualTo("Outcome document of 2025 Panama City gathering");
        _setValue(section.title, "  ");
        _click(section.create);
        assertThat(section.title.isInvalid()).isTrue();
        assertThat(section.title.getErrorMessage()).isEqualTo("Give the shared roadmap a title");
        assertThat(gatherings.created).isEmpty();
    }

    @Test
    void someone_who_may_not_create_it_is_told_there_is_none() {
        var section = section();
        assertThat(section.create.isAttached()).isFalse();
        assertThat(_find(section, Span.class)).extracting(Span::getText).contains("The gathering has no shared roadmap yet.");
    }

    /** The service, answering as the test sets it and recording creations. */
    static class Gatherings extends GatheringRoadmapService {
        Optional<Long> existing = Optional.empty();
        boolean mayCreate;
        final List<String> created = new ArrayList<>();

        @Override public Optional<Long> sharedRoadmapId(long cohortId) { return existing; }

        @Override public boolean mayCreate(long cohortId) { return mayCreate; }

        @Override public Roadmap create(long cohortId, String title) {
            created.add(title);
            throw new IllegalStateException("not reached in these tests");
        }
    }
}
