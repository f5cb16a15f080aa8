package org.napacademy.interfaces.ui.programmes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.napacademy.interfaces.ui.ViewTestSupport.withId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.ProgrammeDraft;
import org.napacademy.application.ProgrammeService;
import org.napacademy.application.StaleVersion;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.programme.ProgrammeSummary;
import org.napacademy.domain.model.programme.RoadmapTemplate;
import org.napacademy.domain.model.programme.Term;
import org.napacademy.domain.model.programme.Vocabulary;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.ViewTestSupport;

class ProgrammeViewsTest {
    private final Programme network = withId(new Programme("Parliamentary network", "Legislators on security", Set.of("es", "en")), 3);
    private final List<Object> calls = new ArrayList<>();
    private final List<Integer> requestedLimits = new ArrayList<>();
    private Actor actor = Actor.SYSTEM;
    private RuntimeException refusal;

    @AfterEach
    void stopVaadin() {
        ViewTestSupport.tearDown();
    }

    @Test
    void the_list_shows_each_programmes_figures_read_page_by_page() {
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes");
        var grid = _get(ProgrammesView.class).grid;
        assertThat(grid.getDataProvider().isInMemory()).as("lazy").isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("Parliamentary network", "EN · ES", "2", "5", "4", "75%");
        assertThat(requestedLimits).isNotEmpty().allSatisfy(limit -> assertThat(limit).isLessThan(1000));
        assertThat(_get(ProgrammesView.class).create.isVisible()).isTrue();
    }

    @Test
    void a_sponsor_gets_no_button_to_create_a_programme_and_is_refused_another_programmes_page() {
        actor = new Actor(9L, "sponsor", Set.of(Role.SPONSOR), null, Set.of(4L));
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes");
        assertThat(_get(ProgrammesView.class).create.isVisible()).isFalse();
        UI.getCurrent().navigate("programmes/3");
        assertThat(_find(ProgrammeView.class)).isEmpty();
        assertThat(_get(H1.class, spec -> spec.withId("access-denied")).getText()).isNotBlank();
    }

    @Test
    void the_page_names_levels_and_cohorts_in_the_programmes_words() {
        start(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("programmes/3");
        var levels = _get(UnorderedList.class, spec -> spec.withId("programme-levels")).getElement().getTextRecursively();
        assertThat(levels).contains("Prioridad (Objetivo)").contains("Hito (Actividad)").doesNotContain("Resultado");
        assertThat(_get(ProgrammeView.class).configure.isVisible()).isTrue();
    }

    @Test
    void the_form_shows_messages_next_to_the_fields_and_refuses_a_lower_case_tag_code() {
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/3");
        _click(_get(ProgrammeView.class).configure);
        var form = _get(ProgrammeForm.class);
        _setValue(form.name, "");
        _click(form.tags.add);
        var tag = form.tags.rows().get(0);
        _setValue(tag.code, "cybercrime");
        _setValue(tag.label.en, "Cybercrime");
        _click(form.saveButton());

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(tag.code.isInvalid()).isTrue();
        assertThat(tag.code.getErrorMessage()).isEqualTo("Upper-case letters, digits and underscores, starting with a letter (e.g. CYBERCRIME)");
        assertThat(calls).isEmpty();
    }

    @Test
    void saving_the_form_sends_the_tags_and_words_to_the_service() {
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/3");
        _click(_get(ProgrammeView.class).configure);
        var form = _get(ProgrammeForm.class);
        _click(form.tags.add);
        var tag = form.tags.rows().get(0);
        _setValue(tag.code, "CYBERCRIME");
        _setValue(tag.label.en, "Cybercrime");
        _setValue(tag.label.es, "Ciberdelito");
        _setValue(form.vocabulary.fieldsOf(Term.COHORT).en, "Gathering");
        _setValue(form.vocabulary.fieldsOf(Term.COHORT).es, "Encuentro");
        _click(form.saveButton());

        assertThat(calls).singleElement().isInstanceOfSatisfying(ProgrammeDraft.class, draft -> {
            assertThat(draft.name()).isEqualTo("Parliamentary network");
            assertThat(draft.tags()).singleElement().satisfies(t -> {
                assertThat(t.code()).isEqualTo("CYBERCRIME");
                assertThat(t.labelIn(Locale.forLanguageTag("es"))).isEqualTo("Ciberdelito");
            });
            assertThat(draft.vocabulary().word(Term.COHORT, Locale.forLanguageTag("es"))).hasValue("Encuentro");
            assertThat(draft.vocabulary().word(Term.GOAL, Locale.ENGLISH)).hasValue("Priority");
            assertThat(draft.levels()).containsExactlyInAnyOrderElementsOf(network.template().levels());
        });
        assertThat(_find(ProgrammeForm.class)).isEmpty();
    }

    @Test
    void a_word_without_its_english_form_is_refused_next_to_the_english_field() {
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/3");
        _click(_get(ProgrammeView.class).configure);
        var form = _get(ProgrammeForm.class);
        _setValue(form.vocabulary.fieldsOf(Term.ROADMAP).es, "Documento final");
        _click(form.saveButton());
        assertThat(form.vocabulary.fieldsOf(Term.ROADMAP).en.getErrorMessage()).isEqualTo("Give the English word first");
        assertThat(calls).isEmpty();
    }

    @Test
    void a_stale_save_shows_the_notice() {
        start(Locale.ENGLISH);
        UI.getCurrent().navigate("programmes/3");
        _click(_get(ProgrammeView.class).configure);
        refusal = new StaleVersion("programme", 3L, 0, 1);
        _click(_get(ProgrammeForm.class).saveButton());
        NotificationsKt.expectNotifications("Someone else saved this first; it has been reloaded. Please apply your change again.");
    }

    private void start(Locale locale) {
        network.changeTemplate(new RoadmapTemplate(
                Set.of(ResultLevel.GOAL, ResultLevel.OUTPUT,
                        ResultLevel.ACTIVITY), List.of()));
        network.useVocabulary(new Vocabulary(Map.of(
                Term.GOAL, new LocalizedText("Priority", "Prioridad", null, null),
                Term.ACTIVITY, new LocalizedText("Milestone", "Hito", null, null))));
        var access = new AccessPolicy(() -> actor);
        var service = programmes(access);
        Map<Class<?>, Supplier<?>> views = Map.of(
                ProgrammesView.class, () -> new ProgrammesView(service, access),
                ProgrammeView.class, () -> new ProgrammeView(service, access));
        ViewTestSupport.setUp(locale, views);
    }

    private ProgrammeService programmes(AccessPolicy access) {
        return new ProgrammeService() {
            @Override public List<ProgrammeSummary> summaries(ProgrammeFilter filter, int offset, int limit) {
                requestedLimits.add(limit);
                return offset > 0 ? List.of() : List.of(new ProgrammeSummary(3, 0, network.name(), network.languages(), 2, 5, 4, 3));
            }
            @Override public long countProgrammes(ProgrammeFilter filter) { return 1; }
            @Override public Programme programme(long id) {
                access.requireReadable(network);
                return network;
            }
            @Override public List<Cohort> cohortsOf(long id) { return List.of(); }
            @Override public Programme update(long id, long expectedVersion, ProgrammeDraft draft) {
                write(draft);
                return network;
            }
            @Override public Programme create(ProgrammeDraft draft) {
                write(draft);
                return network;
            }
        };
    }

    private void write(Object call) {
        if (refusal != null) {
            var failure = refusal;
            refusal = null;
            throw failure;
        }
        calls.add(call);
    }
}
