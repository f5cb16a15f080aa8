package org.napacademy.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounded cache of encoded roadmap documents: served only at the revision it was built at, bounded in bytes. */
class RoadmapDocumentCacheTest {

    @Test
    void a_document_is_served_only_at_the_revision_it_was_built_at() {
        var cache = new RoadmapDocumentCache(1000);
        var built = document(3, 100);
        cache.keep(7, built);

        assertThat(cache.at(7, 3)).containsSame(built);
        assertThat(cache.at(8, 3)).isEmpty();
        assertThat(cache.at(7, 2)).as("a reader behind the build").isEmpty();
        assertThat(cache.size()).as("kept for the readers at its revision").isEqualTo(1);
        assertThat(cache.at(7, 4)).as("the roadmap changed since").isEmpty();
        assertThat(cache.size()).as("an outdated document is dropped").isZero();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void a_newer_build_replaces_the_kept_one_and_an_older_never_does() {
        var cache = new RoadmapDocumentCache(1000);
        cache.keep(7, document(3, 100));
        var newer = document(5, 200);
        cache.keep(7, newer);
        cache.keep(7, document(4, 300));

        assertThat(cache.at(7, 5)).containsSame(newer);
        assertThat(cache.bytes()).isEqualTo(200);
    }

    @Test
    void past_its_bound_the_least_recently_used_documents_go_first() {
        var cache = new RoadmapDocumentCache(1000);
        cache.keep(1, document(1, 400));
        cache.keep(2, document(1, 400));
        cache.at(1, 1);                      // 1 is now used more recently than 2
        cache.keep(3, document(1, 400));

        assertThat(cache.at(2, 1)).isEmpty();
        assertThat(cache.at(1, 1)).isPresent();
        assertThat(cache.at(3, 1)).isPresent();
        assertThat(cache.bytes()).isEqualTo(800);

        cache.keep(4, document(1, 1000));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(1000);
    }

    @Test
    void a_document_larger_than_the_bound_or_a_bound_of_zero_keeps_nothing() {
        var small = new RoadmapDocumentCache(100);
        small.keep(1, document(1, 101));
        assertThat(small.size()).isZero();

        var off = new RoadmapDocumentCache(0);
        off.keep(1, document(1, 1));
        assertThat(off.at(1, 1)).isEmpty();
        assertThat(off.bytes()).isZero();

        assertThatThrownBy(() -> new RoadmapDocumentCache(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static EncodedRoadmap document(long revision, int bytes) {
        return new EncodedRoadmap(revision, 1, new byte[bytes]);
    }
}
