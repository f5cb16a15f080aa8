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
 * commit of the change. Old values come from a snapshot of the entity taken when it entered the persistence
 * context (cloned from the cache, built or refreshed from the database) and renewed after each write, so a
 * second flush in one transaction records only what changed since the first. Snapshots are keyed by the
 * managed instance itself (entities keep identity equality) and vanish with it.
 */
final class AuditListener extends DescriptorEventAdapter {

    private final Map<Object, AuditState> snapshots = Collections.synchronizedMap(new WeakHashMap<>());
    private final AuditWriter writer;

    AuditListener(AuditWriter writer) { this.writer = writer; }

    @Override public void postClone(DescriptorEvent event) { rememberManaged(event); }

    @Override public void postBuild(DescriptorEvent event) { rememberManaged(event); }

    @Override public void postRefresh(DescriptorEvent event) { rememberManaged(event); }

    @Override public void postInsert(DescriptorEvent event) {
        var entity = audited(event);
        var state = entity.auditState();
        writer.write(event.getSession(), entity, AuditChange.created(state));
        snapshots.put(entity, state);
    }

    @Override public void postUpdate(DescriptorEvent event) {
        var entity = audited(event);
        var state = entity.auditState();
        var before = snapshots.get(entity);
        // Without a snapshot (an instance that entered by a path that raises no event) all fields count as new.
        AuditChange.updated(before == null ? AuditState.of() : before, state)
                .ifPresent(change -> writer.write(event.getSession(), entity, change));
        snapshots.put(entity, state);
    }

    @Override public void preDelete(DescriptorEvent event) {
        var entity = audited(event);
        var before = snapshots.remove(entity);
        writer.write(event.getSession(), entity, AuditChange.deleted(before == null ? entity.auditState() : before));
    }

    /** Only instances of a unit of work are ever written; the shared cache's copies are not snapshotted. */
    private void rememberManaged(DescriptorEvent event) {
        if (event.getSession() != null && event.getSession().isUnitOfWork()) {
            var entity = audited(event);
            snapshots.put(entity, entity.auditState());
        }
    }

    private static Audited audited(DescriptorEvent event) { return (Audited) event.getObject(); }
}
