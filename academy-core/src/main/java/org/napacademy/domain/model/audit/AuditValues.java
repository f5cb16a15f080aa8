package org.napacademy.domain.model.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON text of an audit record's old and new values: written once, read for the history views. */
public final class AuditValues {
    /** Looked up once: {@code Json.createXxx} searches the class path for a provider on every call (seen in JFR of bulk writes). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AuditValues() { }

    /** Values as {@link org.napacademy.domain.model.shared.AuditState} holds them: null, text, booleans, numbers, lists. */
    public static String write(Map<String, Object> values) {
        var object = JSON.createObjectBuilder();
        values.forEach((field, value) -> object.add(field, json(value)));
        return object.build().toString();
    }

    /** An empty object for a missing text. */
    public static JsonObject read(String json) {
        if (json == null || json.isBlank()) return JsonValue.EMPTY_JSON_OBJECT;
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A value as text for people: strings without quotes, lists joined by commas, null as empty. */
    public static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> "";
            case STRING -> ((JsonString) value).getString();
            case ARRAY -> value.asJsonArray().stream().map(AuditValues::text).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    private static JsonValue json(Object value) {
        if (value == null) return JsonValue.NULL;
        if (value instanceof Boolean flag) return flag ? JsonValue.TRUE : JsonValue.FALSE;
        if (value instanceof Long number) return JSON.createValue(number);
        if (value instanceof BigDecimal number) return JSON.createValue(number);
        if (value instanceof Collection<?> list) {
            var array = JSON.createArrayBuilder();
            list.forEach(element -> array.add(json(element)));
            return array.build();
        }
        return JSON.createValue(value.toString());
    }
}
