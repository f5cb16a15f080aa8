package org.napacademy.interfaces.rest;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.napacademy.domain.model.audit.AuditAction;
import org.napacademy.domain.model.audit.AuditRecord;

/**
 * One entry of a history: who changed what entity when, with the old and new values as JSON objects
 * (field to value; an update lists only the changed fields, a create has no old values, a delete no new).
 */
public record AuditRecordView(long id, Instant recordedAt, String actor, AuditAction action, String entityType, long entityId,
                              Long nodeId, JsonObject oldValues, JsonObject newValues) {

    public static AuditRecordView of(AuditRecord record) {
        return new AuditRecordView(record.id(), record.recordedAt(), record.actor(), record.action(), record.entityType(),
                record.entityId(), record.nodeId().orElse(null), record.oldValues(), record.newValues());
    }
}
