package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/**
 * What serving the whole roadmap document from a cache of encoded documents needs: the roadmap's revision (see
 * {@link org.napacademy.domain.model.roadmap.RoadmapRepository#revision}) after the same access check as
 * {@link RoadmapService#wholeToRead}, in a few small queries; and, on a miss, the whole roadmap read after its
 * revision, so a document built from it is never older than the revision it is kept under.
 */
@ApplicationScoped
@Transactional
public class RoadmapDocumentService {

    @Inject RoadmapRepository roadmaps;
    @Inject RoadmapService wholeRoadmaps;
    @Inject AccessPolicy access;

    /**
     * The roadmap's current revision, for an actor who may read the roadmap; refused as {@link RoadmapService#wholeToRead}
     * refuses. The roadmap is read before its revision, so what the check saw is no newer than that revision.
     */
    public long readableRevision(long roadmapId) {
        var roadmap = roadmaps.withCohortAndDelegation(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
        access.requireReadable(roadmap);
        return revision(roadmapId);
    }

    /** The whole roadmap, read-only as {@link RoadmapService#wholeToRead}, with the revision read before it. */
    public RevisedRoadmap wholeToRead(long roadmapId) {
        var revision = revision(roadmapId);
        return new RevisedRoadmap(revision, wholeRoadmaps.wholeToRead(roadmapId));
    }

    private long revision(long roadmapId) {
        return roadmaps.revision(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
    }
}
