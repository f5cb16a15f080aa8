package org.napacademy.domain.model.shared;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@link Audited} entity looks like to the audit trail: field name to a simple value (null, a
 * String, a Boolean, a Long, a BigDecimal without trailing zeros nor exponent, or a list of those), in reading order.
 * Enums become their names, entities their ids, dates their ISO text, so two snapshots compare with equals.
 * A concealed field (a password hash) only says that it changed, never what it holds.
 */
public final class AuditState {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Set<String> concealed = new HashSet<>();

    public static AuditState of() { return new AuditState(); }

    public AuditState with(String field, Object value) {
        values.put(field, simple(value));
        return this;
    }

    /** Recorded as "changed" when it changes, never with its value. */
    public AuditState concealed(String field, String secret) {
        values.put(field, secret);
        concealed.add(field);
        return this;
    }

    public Map<String, Object> values() { return Collections.unmodifiableMap(values); }

    public boolean isConcealed(String field) { return concealed.contains(field); }

    /** The values that may be written down: everything but the concealed fields. */
    public Map<String, Object> visibleValues() {
        var visible = new LinkedHashMap<>(values);
        visible.keySet().removeAll(concealed);
        return visible;
    }

    private static Object simple(Object value) {
        if (value instanceof Optional<?> optional) return simple(optional.orElse(null));
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) return value;
        if (value instanceof Integer number) return number.longValue();
        if (value instanceof BigDecimal decimal) return new BigDecimal(decimal.stripTrailingZeros().toPlainString());
        if (value instanceof Enum<?> constant) return constant.name();
        if (value instanceof AbstractEntity entity) return entity.id();
        if (value instanceof Set<?> set) return set.stream().map(AuditState::simple).map(String::valueOf).sorted().toList();
        if (value instanceof Collection<?> list) return list.stream().map(AuditState::simple).toList();
        return value.toString();
    }
}
