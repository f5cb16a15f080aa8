package org.napacademy.application;

import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.shared.ReadScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.napacademy.domain.model.TestData.year;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.delegation.Delegation;
import org.napacademy.domain.model.programme.Cohort;
import org.napacademy.domain.model.roadmap.Indicator;
import org.napacademy.domain.model.roadmap.Measurement;
import org.napacademy.domain.model.roadmap.Period;
import org.napacademy.domain.model.Pillar;
import org.napacademy.domain.model.roadmap.ProgressStatus;
import org.napacademy.domain.model.roadmap.ResultLevel;
import org.napacademy.domain.model.roadmap.ResultNode;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapRepository;
import org.napacademy.domain.model.roadmap.RoadmapRuleViolation;
import org.napacademy.domain.model.roadmap.RoadmapStatus;

/** The status transitions and roll-ups of {@link RoadmapService}, on one roadmap held in memory. */
class RoadmapServiceTest {

    private Roadmap roadmap;
    private RoadmapService service;

    @BeforeEach
    void one_roadmap_with_a_goal() {
        roadmap = TestData.roadmap();
        roadmap.addGoal("Women shape security policy", Pillar.PARTICIPATION, year(2025));
        service = new RoadmapService();
        service.roadmaps = new OneRoadmap(roadmap);
        service.access = new AccessPolicy(() -> Actor.SYSTEM);
    }

    @Test
    void the_target_status_picks_submit_endorse_return_or_reopen() {
        assertThat(service.changeStatus(1, null, RoadmapStatus.SUBMITTED).status()).isEqualTo(RoadmapStatus.SUBMITTED);
        assertThat(service.changeStatus(1, null, RoadmapStatus.DRAFT).status()).isEqualTo(RoadmapStatus.DRAFT);
        service.changeStatus(1, null, RoadmapStatus.SUBMITTED);
        assertThat(service.changeStatus(1, null, RoadmapStatus.ENDORSED).status()).isEqualTo(RoadmapStatus.ENDORSED);
        assertThat(service.changeStatus(1, null, RoadmapStatus.DRAFT).status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void illegal_transitions_are_refused_by_the_roadmap() {
        assertThatThrownBy(() -> service.changeStatus(1, null, RoadmapStatus.ENDORSED)).isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> service.changeStatus(1, null, RoadmapStatus.DRAFT)).isInstanceOf(RoadmapRuleViolation.class);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void a_transition_naming_an_old_version_is_refused() {
        assertThatThrownBy(() -> service.changeStatus(1, 7L, RoadmapStatus.SUBMITTED)).isInstanceOf(StaleVersion.class);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void a_goal_is_the_only_root_and_needs_a_pillar() {
        var schedule = year(2025);
        assertThatThrownBy(() -> service.addNode(1, new NewNode(null, ResultLevel.OUTCOME,
                new NodeDetails("Orphan", null, Pillar.PREVENTION, null, schedule, null, null, null))))
                .isInstanceOf(RoadmapRuleViolation.class);
        assertThatThrownBy(() -> service.addNode(1, new NewNode(null, ResultLevel.GOAL,
                new NodeDetails("No pillar", null, null, null, schedule, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(roadmap.goals()).hasSize(1);
    }

    @Test
    void the_roadmap_rolls_up_from_its_goals() {
        assertThat(RoadmapService.rolledUpStatus(roadmap)).isEqualTo(ProgressStatus.NOT_STARTED);
        var second = roadmap.addGoal("Survivors are protected", Pillar.PROTECTION, year(2025));
        second.changeStatus(ProgressStatus.AT_RISK);
        assertThat(RoadmapService.rolledUpStatus(roadmap)).isEqualTo(ProgressStatus.AT_RISK);
        roadmap.goals().forEach(goal -> goal.changeStatus(ProgressStatus.CANCELLED));
        assertThat(RoadmapService.rolledUpStatus(roadmap)).isEqualTo(ProgressStatus.CANCELLED);
    }

    @Test
    void the_outline_carries_the_tree_with_its_derived_status_and_no_entity_a_screen_could_keep() throws Exception {
        TestData.withId(roadmap, 1);
        TestData.withId(roadmap.cohort(), 2);
        TestData.withId(roadmap.programme(), 3);
        var goal = TestData.withId(roadmap.goals().get(0), 10);
        var outcome = TestData.withId(goal.addChild(ResultLevel.OUTCOME, "Women mediate local conflicts", year(2025)), 11);
        outcome.changeStatus(ProgressStatus.AT_RISK);

        var outline = service.outline(1);

        assertThat(outline.goals()).extracting(NodeOutline::id).containsExactly(10L);
        assertThat(outline.nodes()).extracting(NodeOutline::title).containsExactly("Women shape security policy", "Women mediate local conflicts");
        var shownOutcome = outline.node(11L).orElseThrow();
        assertThat(outline.parentOf(shownOutcome)).contains(outline.goals().get(0));
        assertThat(outline.goals().get(0).rolledUpStatus()).isEqualTo(ProgressStatus.AT_RISK);
        assertThat(outline.rolledUpStatus()).isEqualTo(roadmap.rolledUpStatus());
        assertThat(outline.countryCode()).isEqualTo("CR");
        assertThat(outline.mayEdit()).isTrue();
        assertThat(entitiesReachableFrom(outline)).isEmpty();
    }

    /** Entities held by a read model, walking its record components and collections. */
    private static List<Object> entitiesReachableFrom(Object value) throws ReflectiveOperationException {
        var found = new java.util.ArrayList<Object>();
        if (value instanceof org.napacademy.domain.model.shared.AbstractEntity) found.add(value);
        else if (value instanceof Collection<?> items) for (var item : items) found.addAll(entitiesReachableFrom(item));
        else if (value instanceof java.util.Map<?, ?> map) found.addAll(entitiesReachableFrom(List.copyOf(map.values())));
        else if (value instanceof Record) for (var component : value.getClass().getRecordComponents())
            found.addAll(entitiesReachableFrom(component.getAccessor().invoke(value)));
        return found;
    }

    @Test
    void a_page_of_nodes_is_cut_from_the_tree_order() {
        var all = List.of("goal", "outcome", "output");
        assertThat(Listing.slice(all, 1, 5).items()).containsExactly("outcome", "output");
        assertThat(Listing.slice(all, 1, 5).total()).isEqualTo(3);
        assertThat(Listing.slice(all, 9, 5).items()).isEmpty();
    }

    /** A repository that knows one roadmap under every id; the service needs no other lookup here. */
    private record OneRoadmap(Roadmap roadmap) implements RoadmapRepository {
        @Override public Optional<Roadmap> find(long id) { return Optional.of(roadmap); }
        @Override public Optional<Roadmap> whole(long id) { return Optional.of(roadmap); }
        @Override public Optional<Roadmap> wholeReadOnly(long id) { return Optional.of(roadmap); }
        @Override public Optional<Roadmap> withCohortAndDelegation(long id) { return Optional.of(roadmap); }
        @Override public java.util.OptionalLong revision(long id) { return java.util.OptionalLong.of(0); }
        @Override public void flush() { }
        @Override public void touch(Period period) { }
        @Override public List<Roadmap> page(int offset, int limit) { return List.of(roadmap); }
        @Override public long count() { return 1; }
        @Override public void add(Roadmap entity) { throw new AssertionError("not used by these tests"); }
        @Override public void remove(Roadmap entity) { throw new AssertionError("not used by these tests"); }
        @Override public Optional<Roadmap> ofDelegation(Delegation delegation) { return Optional.of(roadmap); }
        @Override public List<Roadmap> ofCohort(Cohort cohort) { return List.of(roadmap); }
        @Override public Map<Long, Long> delegationRoadmapRevisions(Cohort cohort) { return Map.of(roadmap.id(), 0L); }
        @Override public List<Roadmap> wholeDelegationRoadmapsToRead(Collection<Long> ids) { return List.of(roadmap); }
        @Override public List<Roadmap> wholePage(int offset, int limit) { return offset == 0 ? List.of(roadmap) : List.of(); }
        @Override public List<Roadmap> wholePage(ReadScope scope, RoadmapFilter filter, int offset, int limit) { return wholePage(offset, limit); }
        @Override public long count(ReadScope scope, RoadmapFilter filter) { return 1; }
        @Override public Optional<ResultNode> node(long id) { return Optional.empty(); }
        @Override public List<ResultNode> nodesOf(Roadmap r) { return r.nodes(); }
        @Override public Optional<Indicator> indicator(long id) { return Optional.empty(); }
        @Override public List<Indicator> indicatorsOf(ResultNode node) { return node.indicators(); }
        @Override public Optional<Period> period(long id) { return Optional.empty(); }
        @Override public List<Period> periodsOf(Indicator indicator) { return indicator.periods(); }
        @Override public Optional<Measurement> measurement(long id) { return Optional.empty(); }
        @Override public void removeNode(ResultNode node) { throw new AssertionError("not used by these tests"); }
        @Override public List<ResultNode> ending(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished) {
            throw new AssertionError("not used by these tests");
        }
        @Override public long countEnding(Collection<Delegation> delegations, LocalDate from, LocalDate to, Set<ProgressStatus> finished) {
            throw new AssertionError("not used by these tests");
        }
    }
}
