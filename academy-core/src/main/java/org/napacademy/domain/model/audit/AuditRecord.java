package org.napacademy.domain.model.audit;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One change in the audit trail: who, when, what entity, and its old and new values (JSON objects, field to
 * value; only the changed fields of an update). The persistence layer inserts these rows in the transaction
 * of the change; the application maps them read-only and has no way to edit or delete them.
 */
@Entity
@ReadOnly
@Table(name = "audit_record")
public class AuditRecord {

    @Id @Column(name = "id")
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING) @Column(name = "action", nullable = false, length = 10)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(name = "roadmap_id")
    private Long roadmapId;

    @Column(name = "node_id")
    private Long nodeId;

    @Column(name = "old_values", length = 1000000)
    private String oldValues;

    @Column(name = "new_values", length = 1000000)
    private String newValues;

    protected AuditRecord() { }           // for JPA only: records are only ever read

    public Long id() { return id; }

    public Instant recordedAt() { return recordedAt; }

    /** The username, or "system" for work done outside a request (start-up, demo data). */
    public String actor() { return actor; }

    public AuditAction action() { return action; }

    /** The entity's class name, e.g. ResultNode. */
    public String entityType() { return entityType; }

    public Long entityId() { return entityId; }

    public Optional<Long> roadmapId() { return Optional.ofNullable(roadmapId); }

    public Optional<Long> nodeId() { return Optional.ofNullable(nodeId); }

    public JsonObject oldValues() { return AuditValues.read(oldValues); }

    public JsonObject newValues() { return AuditValues.read(newValues); }

    /** Every field of the record, old and new side by side, in the order the entity lists them. */
    public List<FieldChange> changes() {
        var before = oldValues();
        var after = newValues();
        var fields = new LinkedHashSet<String>(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (var field : fields)
            changes.add(new FieldChange(field,
                    Optional.ofNullable(before.get(field)).map(AuditValues::text),
                    Optional.ofNullable(after.get(field)).map(AuditValues::text)));
        return changes;
    }

    @Override public String toString() { return action + " " + entityType + " " + entityId + " by " + actor; }
}
