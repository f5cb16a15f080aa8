package org.napacademy.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The encoded whole-roadmap documents of this instance, per roadmap id, kept while the database shows the revision
 * each was built at: the caller reads the current revision first and asks for the document at exactly that revision,
 * so another instance's writes (which raise the revision in the database) are never answered with an old document.
 * Bounded by the total size of the documents (MicroProfile Config {@code academy.roadmap-document-cache.bytes}, 0 keeps
 * none); the least recently used go first. Thread-safe: a lookup or a store is a few map operations under one lock.
 */
@ApplicationScoped
public class RoadmapDocumentCache {

    static final long DEFAULT_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;
    private final LinkedHashMap<Long, EncodedRoadmap> documents = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    protected RoadmapDocumentCache() { this(DEFAULT_BYTES); }         // for CDI's proxy only

    @Inject
    RoadmapDocumentCache(@ConfigProperty(name = "academy.roadmap-document-cache.bytes", defaultValue = "67108864") long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("academy.roadmap-document-cache.bytes must not be negative");
        this.maxBytes = maxBytes;
    }

    /** The roadmap's document if it was built at {@code revision}; a document of another revision is dropped. */
    synchronized Optional<EncodedRoadmap> at(long roadmapId, long revision) {
        var document = documents.get(roadmapId);
        if (document == null) return Optional.empty();
        if (document.revision() == revision) return Optional.of(document);
        if (document.revision() < revision) drop(roadmapId);
        return Optional.empty();
    }

    /**
     * Keeps the document unless one of a later revision is kept already (a slower concurrent build), or it alone
     * exceeds the bound; then evicts the least recently used until the bound holds.
     */
    synchronized void keep(long roadmapId, EncodedRoadmap document) {
        if (document.json().length > maxBytes) return;
        var kept = documents.get(roadmapId);
        if (kept != null && kept.revision() > document.revision()) return;
        if (kept != null) drop(roadmapId);
        documents.put(roadmapId, document);
        bytes += document.json().length;
        // entries, not get(): a get reorders an access-ordered map under its iterator
        var eldest = documents.values().iterator();
        while (bytes > maxBytes) {
            bytes -= eldest.next().json().length;
            eldest.remove();
        }
    }

    synchronized long bytes() { return bytes; }

    synchronized int size() { return documents.size(); }

    private void drop(long roadmapId) {
        var dropped = documents.remove(roadmapId);
        if (dropped != null) bytes -= dropped.json().length;
    }
}
