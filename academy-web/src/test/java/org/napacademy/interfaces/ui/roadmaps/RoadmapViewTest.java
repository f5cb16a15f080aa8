package org.napacademy.interfaces.ui.roadmaps;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.application.CountryService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.HistoryService;
import org.napacademy.application.IndicatorService;
import org.napacademy.application.NewNode;
import org.napacademy.application.NodeDetails;
import org.napacademy.application.NodeOutline;
import org.napacademy.application.RoadmapOutline;
import org.napacademy.application.RoadmapService;
import org.napacademy.application.StaleVersion;
import org.napacademy.domain.model.audit.AuditAction;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.country.Country;
import org.napacademy.domain.model.country.Subregion;
import org.napacademy.domain.model.curriculum.Module;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.programme.Programme;
import org.napacademy.domain.model.programme.Venue;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.shared.DateRange;
import org.napacademy.domain.model.shared.LocalizedText;
import org.napacademy.domain.model.user.Role;
import org.napacademy.interfaces.ui.i18n.AcademyTranslations;
import org.napacademy.interfaces.ui.ViewTestSupport;

/** The roadmap view on the server, without a browser: the node form, its validation and the service calls. */
class RoadmapViewTest {
    private final Roadmaps roadmaps = new Roadmaps();
    private final History history = new History();
    private RoadmapView view;
    private ResultNode goal;

    @BeforeEach
    void openTheView() {
        System.setProperty("vaadin.i18n.provider", AcademyTranslations.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.napacademy.interfaces.ui.roadmaps"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        roadmaps.roadmap = boliviasRoadmap();
        open(Actor.SYSTEM);
    }

    /** The view as {@code actor} sees it; the policy decides what it offers. */
    private void open(Actor actor) {
        if (view != null) UI.getCurrent().remove(view);
        roadmaps.policy = new AccessPolicy(() -> actor);
        view = new RoadmapView(roadmaps, new IndicatorService(), new Modules(), new Countries(), history, roadmaps.policy);
        UI.getCurrent().add(view);
        view.open(7L);
    }

    @AfterEach
    void closeTheView() {
        MockVaadin.tearDown();
    }

    @Test
    void a_reader_who_may_not_change_the_roadmap_gets_no_editing_buttons_nor_the_sharing_toggle() {
        assertThat(view.addGoal.isVisible()).isTrue();
        assertThat(_find(view, Checkbox.class, spec -> spec.withId("share-with-cohort"))).hasSize(1);

        open(new Actor(5L, "trainer", Set.of(Role.TRAINER), null, Set.of()));

        assertThat(view.addGoal.isVisible()).isFalse();
        assertThat(_find(view, Checkbox.class, spec -> spec.withId("share-with-cohort"))).isEmpty();
        // a reader still follows who changed what
        view.tree.select(shown(view, roadmaps.roadmap.goals().get(0)));
        assertThat(view.showHistory.isVisible()).isTrue();
        assertThat(view.move.isVisible()).isFalse();
    }

    @Test
    void the_tree_shows_the_goal_and_its_outcome() {
        assertThat(view.tree.getTreeData().getRootItems()).extracting(NodeOutline::id).containsExactly(goal.id());
        assertThat(view.tree.getTreeData().getChildren(shown(view, goal))).extracting(NodeOutline::title).containsExactly("Women mediate");
    }

    @Test
    void an_empty_title_is_refused_next_to_the_field_without_calling_the_service() {
        view.tree.select(shown(view, goal));
        _setValue(view.nodeForm.title, "");

        _click(view.nodeForm.saveButton());

        assertThat(view.nodeForm.title.isInvalid()).isTrue();
        assertThat(view.nodeForm.title.getErrorMessage()).isNotBlank();
        assertThat(roadmaps.updates).isEmpty();
    }

    @Test
    void an_end_before_the_start_is_refused_next_to_the_end_date() {
        view.tree.select(shown(view, goal));
        _setValue(view.nodeForm.endDate, LocalDate.of(2024, 1, 1));

        _click(view.nodeForm.saveButton());

        assertThat(view.nodeForm.endDate.isInvalid()).isTrue();
        assertThat(view.nodeForm.endDate.getErrorMessage()).isEqualTo("The end date must not be before the start date");
        assertThat(roadmaps.updates).isEmpty();
    }

    @Test
    void saving_a_node_calls_the_service_with_the_version_it_read() {
        view.tree.select(shown(view, goal));
        _setValue(view.nodeForm.title, "Women lead conflict prevention");

        _click(view.nodeForm.saveButton());

        assertThat(roadmaps.updates).containsExactly(goal.id() + "@0: Women lead conflict prevention");
        assertThat(texts(NotificationsKt.getNotifications())).contains("Saved");
    }

    @Test
    void adding_a_child_asks_for_the_next_level_of_the_template() {
        view.tree.select(shown(view, goal));

        _click(view.addChild);

        assertThat(view.addChild.getText()).isEqualTo("Add Outcome");
        _setValue(view.nodeForm.title, "Women lead local peace councils");
        _click(view.nodeForm.saveButton());
        assertThat(roadmaps.added).containsExactly("OUTCOME under " + goal.id() + ": Women lead local peace councils");
    }

    @Test
    void a_stale_version_shows_the_notice_and_reloads_the_tree() {
        view.tree.select(shown(view, goal));
        roadmaps.staleOnUpdate = true;
        var loadsBefore = roadmaps.loads;
        _setValue(view.nodeForm.title, "Changed meanwhile");

        _click(view.nodeForm.saveButton());

        assertThat(texts(NotificationsKt.getNotifications()))
                .contains("Someone else saved this first; it has been reloaded. Please apply your change again.");
        assertThat(roadmaps.loads).isGreaterThan(loadsBefore);
    }

    @Test
    void a_broken_rule_shows_its_message_and_keeps_the_form_open() {
        view.tree.select(shown(view, goal));
        roadmaps.ruleOnUpdate = "The roadmap is SUBMITTED; its structure changes only in DRAFT";
        _setValue(view.nodeForm.title, "Not now");

        _click(view.nodeForm.saveButton());

        assertThat(texts(NotificationsKt.getNotifications())).contains(roadmaps.ruleOnUpdate);
        assertThat(view.nodeForm.title.getValue()).isEqualTo("Not now");
    }

    @Test
    void the_history_of_the_selected_node_shows_who_changed_what_from_old_to_new() {
        assertThat(view.showHistory.isVisible()).isFalse();
        history.records.add(auditRecord(21L, "maria.delegate", AuditAction.UPDATE, "ResultNode",
                "{\"title\":\"Women take part\",\"status\":\"NOT_STARTED\"}",
                "{\"title\":\"Women take part in resolving social conflicts\",\"status\":\"ON_TRACK\"}"));
        history.records.add(auditRecord(20L, "admin", AuditAction.CREATE, "Indicator", null, "{\"title\":\"Mediators\",\"baselineValue\":null}"));
        view.tree.select(shown(view, goal));

        _click(view.showHistory);

        var dialog = _get(HistoryDialog.class);
        assertThat(history.askedFor).containsOnly(goal.id());
        assertThat(GridKt._size(dialog.records)).isEqualTo(2);
        var latest = GridKt._get(dialog.records, 0);
        assertThat(latest.actor()).isEqualTo("maria.delegate");
        assertThat(dialog.what(latest)).isEqualTo("Result changed");
        assertThat(latest.changes()).extracting(dialog::line).containsExactly(
                "Title: Women take part → Women take part in resolving social conflicts", "Status: NOT_STARTED → ON_TRACK");
        var created = GridKt._get(dialog.records, 1);
        assertThat(dialog.what(created)).isEqualTo("Indicator created");
        assertThat(created.changes()).extracting(dialog::line).containsExactly("Title: Mediators", "Baseline: (none)");
    }

    private static AuditRecord auditRecord(long id, String actor, AuditAction action, String entityType, String oldValues, String newValues) {
        try {
            var constructor = AuditRecord.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            var record = constructor.newInstance();
            var values = Map.<String, Object>of("id", id, "recordedAt", Instant.parse("2025-07-02T14:30:00Z"), "actor", actor,
                    "action", action, "entityType", entityType, "entityId", 11L);
            for (var entry : values.entrySet()) set(record, entry.getKey(), entry.getValue());
            set(record, "oldValues", oldValues);
            set(record, "newValues", newValues);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static List<String> texts(List<Notification> notifications) {
        return notifications.stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    private Roadmap boliviasRoadmap() {
        var programme = org.napacademy.interfaces.ui.WpsTags.applyTo(new Programme("WPS NAP Academy", "Women, Peace and Security", Set.of("en", "es", "pt", "fr")));
        var cohort = new Cohort(programme, "2025 Panama City", new Venue("Ministry", "Panama City", "PA", "America/Panama"),
                DateRange.of(LocalDate.of(2025, 6, 24), LocalDate.of(2025, 6, 26)));
        var bolivia = new Country("BO", "BOL", new LocalizedText("Bolivia", "Bolivia", "Bolívia", "Bolivie"), Subregion.SOUTH_AMERICA);
        var roadmap = new Roadmap(new Delegation(cohort, bolivia), "Bolivia: roadmap toward a first NAP");
        goal = roadmap.addGoal("Women take part in resolving social conflicts", "PARTICIPATION",
                DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2028, 6, 30)));
        var outcome = goal.addChild(ResultLevel.OUTCOME, "Women mediate", DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2027, 12, 31)));
        ViewTestSupport.withId(programme, 1L);
        ViewTestSupport.withId(cohort, 2L);
        ViewTestSupport.withId(roadmap, 7L);
        ViewTestSupport.withId(goal, 11L);
        ViewTestSupport.withId(outcome, 12L);
        return roadmap;
    }


    /** The tree's item for {@code node}: the view shows outlines read from the service, not the entities themselves. */
    static NodeOutline shown(RoadmapView view, ResultNode node) {
        var data = view.tree.getTreeData();
        var todo = new java.util.ArrayDeque<>(data.getRootItems());
        while (!todo.isEmpty()) {
            var candidate = todo.pop();
            if (candidate.id() == node.id()) return candidate;
            todo.addAll(data.getChildren(candidate));
        }
        throw new AssertionError(node + " is not in the tree");
    }

    /** The roadmap service over one roadmap in memory, recording what the view asks of it. */
    static class Roadmaps extends RoadmapService {
        Roadmap roadmap;
        int loads;
        boolean staleOnUpdate;
        String ruleOnUpdate;
        final List<String> updates = new ArrayList<>();
        final List<String> added = new ArrayList<>();

        /** Decides what the outline says the user may do, as the real service's policy does. */
        AccessPolicy policy = new AccessPolicy(() -> Actor.SYSTEM);

        @Override public RoadmapOutline outline(long roadmapId) {
            loads++;
            return RoadmapOutline.of(roadmap, policy.mayEdit(roadmap), policy.mayReview(roadmap));
        }

        @Override public ResultNode updateNode(long nodeId, long expectedVersion, NodeDetails details) {
            if (staleOnUpdate) throw new StaleVersion("node", nodeId, expectedVersion, expectedVersion + 1);
            if (ruleOnUpdate != null) throw new org.napacademy.domain.model.roadmap.RoadmapRuleViolation(ruleOnUpdate);
            updates.add(nodeId + "@" + expectedVersion + ": " + details.title());
            return roadmap.nodes().stream().filter(n -> n.id() == nodeId).findFirst().orElseThrow();
        }

        @Override public ResultNode addNode(long roadmapId, NewNode command) {
            added.add(command.level() + " under " + command.parentId() + ": " + command.details().title());
            return roadmap.nodes().stream().filter(n -> n.id().equals(command.parentId())).findFirst().orElseThrow();
        }
    }

    /** The history service over records in memory, newest first as given. */
    static class History extends HistoryService {
        final List<AuditRecord> records = new ArrayList<>();
        final Set<Long> askedFor = new java.util.HashSet<>();

        @Override public List<AuditRecord> nodeHistory(long nodeId, int offset, int limit) {
            askedFor.add(nodeId);
            return records.subList(Math.min(offset, records.size()), Math.min(offset + limit, records.size()));
        }

        @Override public long countNodeHistory(long nodeId) {
            askedFor.add(nodeId);
            return records.size();
        }
    }

    static class Modules extends CurriculumService {
        @Override public List<Module> modules(Long programmeId, int offset, int limit) { return List.of(); }
    }

    static class Countries extends CountryService {
        @Override public Map<String, String> countryNames(Locale locale) { return Map.of("BO", "Bolivia"); }
    }
}
