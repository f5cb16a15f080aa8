package org.napacademy.infrastructure.persistence;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.napacademy.application.security.Actor;
import org.napacademy.application.security.CurrentUser;
import org.napacademy.domain.model.audit.AuditValues;
import org.napacademy.domain.model.shared.Audited;

/**
 * Inserts an audit row through the session that is writing the change, so the row lives and dies with the
 * change's transaction. Plain SQL, because the trail is read-only to JPA; the id comes from audit_seq through
 * the database platform's own sequence query (H2 and PostgreSQL spell it differently).
 */
final class AuditWriter {

    private static final String INSERT = "INSERT INTO audit_record (id, recorded_at, actor, action, entity_type, entity_id,"
            + " roadmap_id, node_id, old_values, new_values)"
            + " VALUES (#ID, #RECORDED_AT, #ACTOR, #ACTION, #ENTITY_TYPE, #ENTITY_ID, #ROADMAP_ID, #NODE_ID, #OLD_VALUES, #NEW_VALUES)";
    private static final List<String> ARGUMENTS = List.of("ID", "RECORDED_AT", "ACTOR", "ACTION", "ENTITY_TYPE", "ENTITY_ID",
            "ROADMAP_ID", "NODE_ID", "OLD_VALUES", "NEW_VALUES");
    private static final List<Class<?>> TYPES = List.of(Long.class, Timestamp.class, String.class, String.class, String.class,
            Long.class, Long.class, Long.class, String.class, String.class);

    private final Clock clock;

    AuditWriter(Clock clock) { this.clock = clock; }

    void write(AbstractSession session, Audited entity, AuditChange change) {
        var sequence = session.getPlatform().buildSelectQueryForSequenceObject("audit_seq", 1);
        var id = ((Number) session.executeQuery(sequence)).longValue();
        var query = new DataModifyQuery(insertCall());
        ARGUMENTS.forEach(query::addArgument);
        session.executeQuery(query, Arrays.asList(id,
                Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                actor(), change.action().name(), entity.getClass().getSimpleName(), entity.id(),
                entity.auditRoadmapId().orElse(null), entity.auditNodeId().orElse(null),
                json(change.oldValues()), json(change.newValues())));
    }

    /** Typed arguments, so a null id is bound as a null number (PostgreSQL refuses an untyped one). */
    private static SQLCall insertCall() {
        var call = new SQLCall(INSERT);
        for (int i = 0; i < ARGUMENTS.size(); i++) call.setCustomSQLArgumentType(ARGUMENTS.get(i), TYPES.get(i));
        return call;
    }

    private static String json(Map<String, Object> values) { return values.isEmpty() ? null : AuditValues.write(values); }

    /** The request's user; "system" without CDI or outside a request (unit tests, start-up, demo data). */
    static String actor() {
        try {
            var users = CDI.current().select(CurrentUser.class);
            return users.isResolvable() ? users.get().actor().username() : Actor.SYSTEM.username();
        } catch (RuntimeException noContainerOrNoRequest) {
            return Actor.SYSTEM.username();
        }
    }
}
