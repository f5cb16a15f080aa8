package org.napacademy.domain.model.shared;

import java.util.Optional;

/**
 * An entity whose every create, update and delete leaves an audit record, written by the persistence layer
 * in the same transaction as the change, so no use case can forget it. The entity only says what its state
 * is and where in a roadmap it sits.
 */
public interface Audited {

    /** Null until persisted. */
    Long id();

    /** The fields worth recording, in reading order, as simple values; sign-in bookkeeping stays out. */
    AuditState auditState();

    /** The roadmap this entity belongs to, for the roadmap's history. */
    default Optional<Long> auditRoadmapId() { return Optional.empty(); }

    /** The result node this entity belongs to (a node: itself), for the node's history. */
    default Optional<Long> auditNodeId() { return Optional.empty(); }
}
