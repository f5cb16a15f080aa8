package org.napacademy.infrastructure.persistence;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.SQLCall;

/**
 * Raises {@code roadmap.revision} through the session that is writing a change of the roadmap's document, so the new
 * revision commits or rolls back with the change. The audit listener calls it before an update or a delete of the
 * roadmap or of anything in its tree, and after an insert (EclipseLink gives an insert no change set before it, and
 * nobody else can hold a row not yet inserted): a writer that changes existing rows thus takes the roadmap's row lock
 * first, concurrent writers of one roadmap serialize on it, and the revisions follow the commit order. Once per
 * roadmap per flush, keyed by the flush's change set; a write that comes with none raises it again, which is only
 * redundant.
 */
final class RoadmapRevisions {

    static final String RAISE = "UPDATE roadmap SET revision = revision + 1 WHERE id = #ID";

    /** Per flush (its change set): the roadmaps already raised. Entries vanish with the change set. */
    private final Map<Object, Set<Long>> raised = Collections.synchronizedMap(new WeakHashMap<>());

    void raise(DescriptorEvent event, long roadmapId) {
        var changeSet = flushOf(event);
        if (changeSet != null && !raised.computeIfAbsent(changeSet, flush -> ConcurrentHashMap.newKeySet()).add(roadmapId)) return;
        var call = new SQLCall(RAISE);
        call.setCustomSQLArgumentType("ID", Long.class);
        var query = new DataModifyQuery(call);
        query.addArgument("ID");
        event.getSession().executeQuery(query, List.of(roadmapId));
    }

    /**
     * The change set of the flush the event belongs to: the written object's (inserts, updates), else the unit of
     * work's (deletes carry none of their own); null when neither is known.
     */
    private static Object flushOf(DescriptorEvent event) {
        var objectChanges = event.getChangeSet() != null ? event.getChangeSet()
                : event.getQuery() instanceof ObjectLevelModifyQuery write ? (ObjectChangeSet) write.getObjectChangeSet() : null;
        if (objectChanges != null) return objectChanges.getUOWChangeSet();
        return event.getSession() instanceof UnitOfWorkImpl unitOfWork ? unitOfWork.getUnitOfWorkChangeSet() : null;
    }
}
