package org.napacademy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.napacademy.application.security.AccessDenied;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.application.security.Actor;
import org.napacademy.domain.model.TestData;
import org.napacademy.domain.model.audit.AuditTrail;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/** {@link HistoryService} asks the access policy about the right roadmap before it reads the trail. */
class HistoryServiceTest {

    private final Roadmap roadmap = TestData.roadmap();
    private final List<Roadmap> checked = new ArrayList<>();

    @Test
    void a_roadmap_history_is_read_once_the_policy_allows_the_roadmap() {
        var service = service(Map.of("find", args -> Optional.of(roadmap)),
                Map.of("ofRoadmap", args -> List.of(), "countOfRoadmap", args -> 0L), false);

        assertThat(service.roadmapHistory(7L, 0, 20)).isEmpty();
        assertThat(service.countRoadmapHistory(7L)).isZero();
        assertThat(checked).containsExactly(roadmap, roadmap);
    }

    @Test
    void a_refused_reader_never_reaches_the_trail() {
        var service = service(Map.of("find", args -> Optional.of(roadmap)), Map.of(), true);

        assertThatThrownBy(() -> service.roadmapHistory(7L, 0, 20)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_history_of_a_deleted_node_is_checked_against_the_roadmap_the_trail_remembers() {
        var service = service(Map.of("node", args -> Optional.empty(), "find", args -> (long) args[0] == 7L ? Optional.of(roadmap) : Optional.empty()),
                Map.of("roadmapOfNode", args -> Optional.of(7L), "ofNode", args -> List.of()), false);

        assertThat(service.nodeHistory(42L, 0, 20)).isEmpty();
        assertThat(checked).containsExactly(roadmap);
    }

    @Test
    void an_unknown_roadmap_or_node_is_not_found() {
        var service = service(Map.of("find", args -> Optional.empty(), "node", args -> Optional.empty()),
                Map.of("roadmapOfNode", args -> Optional.empty()), false);

        assertThatThrownBy(() -> service.roadmapHistory(7L, 0, 20)).isInstanceOf(EntityNotFound.class);
        assertThatThrownBy(() -> service.nodeHistory(42L, 0, 20)).isInstanceOf(EntityNotFound.class);
    }

    private HistoryService service(Map<String, Function<Object[], Object>> roadmaps, Map<String, Function<Object[], Object>> trail,
                                   boolean refuse) {
        var policy = new AccessPolicy(() -> Actor.SYSTEM) {
            @Override public void requireReadable(Roadmap readable) {
                if (refuse) throw new AccessDenied("not yours");
                checked.add(readable);
            }
        };
        return new HistoryService(Fakes.of(RoadmapRepository.class, roadmaps), Fakes.of(AuditTrail.class, trail), policy);
    }
}
