package org.napacademy.domain.model.audit;

import java.util.List;
import java.util.Optional;

/**
 * Reads the audit trail, newest first. There is deliberately no way to add, change or remove a record here:
 * the persistence layer writes them with the changes they describe.
 */
public interface AuditTrail {

    /** Changes to the roadmap and everything in it. */
    List<AuditRecord> ofRoadmap(long roadmapId, int offset, int limit);

    long countOfRoadmap(long roadmapId);

    /** Changes to the node, its budget, indicators, periods and measurements. */
    List<AuditRecord> ofNode(long nodeId, int offset, int limit);

    long countOfNode(long nodeId);

    /** The roadmap a node belonged to, known from its history even after the node was deleted. */
    Optional<Long> roadmapOfNode(long nodeId);
}
