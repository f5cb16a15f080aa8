package org.napacademy.infrastructure.persistence;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.napacademy.domain.model.shared.AuditState;
import org.napacademy.domain.model.shared.Audited;

/**
 * Writes the audit trail of every {@link Audited} entity from EclipseLink's descriptor events, inside the
 * commit of the change. Old values are what the entity looked like when it entered the persistence context,
 * renewed after each write so a second flush in one transaction records only what changed since the first.
 * They are taken lazily: a working copy cloned from the shared cache only remembers its cache original (which
 * keeps the committed state until this transaction commits, or a concurrent commit makes our write fail its
 * version check), whose audit state is computed when the copy is written; reading thousands of entities thus
 * costs no snapshots. An instance built or refreshed in the unit of work itself has no original and is
 * snapshotted at once. Entries are keyed by the managed instance itself (entities keep identity equality) and
 * vanish with it. Every write of a roadmap or of anything in its tree also raises the roadmap's revision
 * ({@link RoadmapRevisions}), once per flush, in the same transaction.
 */
final class AuditListener extends DescriptorEventAdapter {

    /** Per managed instance: its {@link AuditState} before the next write, or the cache original it was cloned from. */
    private final Map<Object, Object> snapshots = Collections.synchronizedMap(new WeakHashMap<>());
    private final AuditWriter writer;
    private final RoadmapRevisions revisions;

    AuditListener(AuditWriter writer, RoadmapRevisions revisions) {
        this.writer = writer;
        this.revisions = revisions;
    }

    @Override public void postClone(DescriptorEvent event) {
        if (!inUnitOfWork(event)) return;
        var original = event.getOriginalObject();
        if (original instanceof Audited && original != event.getObject()) snapshots.put(event.getObject(), original);
        else rememberManaged(event);
    }

    @Override public void postBuild(DescriptorEvent event) { rememberManaged(event); }

    @Override public void postRefresh(DescriptorEvent event) { rememberManaged(event); }

    @Override public void preUpdateWithChanges(DescriptorEvent event) { raiseRevision(event); }

    @Override public void postInsert(DescriptorEvent event) {
        raiseRevision(event);
        var entity = audited(event);
        var state = entity.auditState();
        writer.write(event.getSession(), entity, AuditChange.created(state));
        snapshots.put(entity, state);
    }

    @Override public void postUpdate(DescriptorEvent event) {
        var entity = audited(event);
        var state = entity.auditState();
        var before = before(snapshots.get(entity));
        // Without a snapshot (an instance that entered by a path that raises no event) all fields count as new.
        AuditChange.updated(before == null ? AuditState.of() : before, state)
                .ifPresent(change -> writer.write(event.getSession(), entity, change));
        snapshots.put(entity, state);
    }

    @Override public void preDelete(DescriptorEvent event) {
        raiseRevision(event);
        var entity = audited(event);
        var before = before(snapshots.remove(entity));
        writer.write(event.getSession(), entity, AuditChange.deleted(before == null ? entity.auditState() : before));
    }

    private void raiseRevision(DescriptorEvent event) {
        audited(event).auditRoadmapId().ifPresent(roadmapId -> revisions.raise(event, roadmapId));
    }

    /** Only instances of a unit of work are ever written; the shared cache's copies are not snapshotted. */
    private void rememberManaged(DescriptorEvent event) {
        if (inUnitOfWork(event)) {
            var entity = audited(event);
            snapshots.put(entity, entity.auditState());
        }
    }

    private static boolean inUnitOfWork(DescriptorEvent event) { return event.getSession() != null && event.getSession().isUnitOfWork(); }

    /** The state remembered for an instance, computing it from its cache original when that is what was kept; null when none. */
    private static AuditState before(Object remembered) {
        return remembered instanceof Audited original ? original.auditState() : (AuditState) remembered;
    }

    private static Audited audited(DescriptorEvent event) { return (Audited) event.getObject(); }
}
