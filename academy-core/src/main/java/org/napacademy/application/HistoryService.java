package org.napacademy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.napacademy.application.security.AccessPolicy;
import org.napacademy.domain.model.audit.AuditRecord;
import org.napacademy.domain.model.audit.AuditTrail;
import org.napacademy.domain.model.roadmap.Roadmap;
import org.napacademy.domain.model.roadmap.RoadmapRepository;

/**
 * The audit trail of a roadmap and of one of its nodes, newest first, for whoever may read the roadmap.
 * The history of a deleted node stays readable: its roadmap is known from the trail.
 */
@ApplicationScoped
@Transactional
public class HistoryService {

    @Inject RoadmapRepository roadmaps;
    @Inject AuditTrail trail;
    @Inject AccessPolicy access;

    protected HistoryService() { }

    public HistoryService(RoadmapRepository roadmaps, AuditTrail trail, AccessPolicy access) {
        this.roadmaps = roadmaps;
        this.trail = trail;
        this.access = access;
    }

    public List<AuditRecord> roadmapHistory(long roadmapId, int offset, int limit) {
        access.requireReadable(roadmap(roadmapId));
        return trail.ofRoadmap(roadmapId, offset, limit);
    }

    public long countRoadmapHistory(long roadmapId) {
        access.requireReadable(roadmap(roadmapId));
        return trail.countOfRoadmap(roadmapId);
    }

    public List<AuditRecord> nodeHistory(long nodeId, int offset, int limit) {
        access.requireReadable(roadmapOfNode(nodeId));
        return trail.ofNode(nodeId, offset, limit);
    }

    public long countNodeHistory(long nodeId) {
        access.requireReadable(roadmapOfNode(nodeId));
        return trail.countOfNode(nodeId);
    }

    private Roadmap roadmap(long roadmapId) {
        return roadmaps.find(roadmapId).orElseThrow(() -> new EntityNotFound("roadmap", roadmapId));
    }

    private Roadmap roadmapOfNode(long nodeId) {
        return roadmaps.node(nodeId).map(node -> node.roadmap())
                .or(() -> trail.roadmapOfNode(nodeId).flatMap(roadmaps::find))
                .orElseThrow(() -> new EntityNotFound("node", nodeId));
    }
}
