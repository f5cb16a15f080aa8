package org.napacademy.infrastructure.persistence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.napacademy.domain.model.audit.AuditAction;
import org.napacademy.domain.model.shared.AuditState;

/** What one audit record says: all fields of a created or deleted entity, only the changed fields of an update. */
record AuditChange(AuditAction action, Map<String, Object> oldValues, Map<String, Object> newValues) {

    /** What a concealed field (a password) shows when it changed. */
    static final String CHANGED = "changed";

    static AuditChange created(AuditState state) {
        return new AuditChange(AuditAction.CREATE, Map.of(), state.visibleValues());
    }

    static AuditChange deleted(AuditState state) {
        return new AuditChange(AuditAction.DELETE, state.visibleValues(), Map.of());
    }

    /** Empty when nothing recorded changed, e.g. only the sign-in bookkeeping of an account. */
    static Optional<AuditChange> updated(AuditState before, AuditState after) {
        var oldValues = new LinkedHashMap<String, Object>();
        var newValues = new LinkedHashMap<String, Object>();
        var fields = new LinkedHashSet<>(after.values().keySet());
        fields.addAll(before.values().keySet());
        for (var field : fields) {
            var was = before.values().get(field);
            var is = after.values().get(field);
            if (Objects.equals(was, is)) continue;
            if (after.isConcealed(field) || before.isConcealed(field)) {
                newValues.put(field, CHANGED);
            } else {
                oldValues.put(field, was);
                newValues.put(field, is);
            }
        }
        return newValues.isEmpty() ? Optional.empty() : Optional.of(new AuditChange(AuditAction.UPDATE, oldValues, newValues));
    }
}
