package org.napacademy.infrastructure.transfer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.napacademy.domain.model.shared.LocalizedText;

/**
 * Reads the fields of one element of a document. A missing required field or a value of the wrong type is
 * an {@link IllegalArgumentException} naming the field, so a broken document answers 400 and stores nothing.
 */
final class Fields {
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    private Fields() { }

    static String text(JsonObject element, String name) {
        return optionalText(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<String> optionalText(JsonObject element, String name) {
        var value = element.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) return Optional.empty();
        if (!(value instanceof JsonString string)) throw wrongType(name, "a string");
        return Optional.of(string.getString());
    }

    static String key(JsonObject element) { return text(element, Exporting.KEY); }

    static int integer(JsonObject element, String name) {
        return optionalInteger(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<Integer> optionalInteger(JsonObject element, String name) {
        var value = element.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) return Optional.empty();
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) throw wrongType(name, "a whole number");
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException tooLarge) {
            throw wrongType(name, "a whole number in range");
        }
    }

    static boolean bool(JsonObject element, String name) {
        var value = element.get(name);
        if (value == null) throw missing(name);
        if (value == JsonValue.TRUE) return true;
        if (value == JsonValue.FALSE) return false;
        throw wrongType(name, "true or false");
    }

    /** Decimals are written as strings so that no JSON reader rounds them. */
    static BigDecimal decimal(JsonObject element, String name) {
        return optionalDecimal(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<BigDecimal> optionalDecimal(JsonObject element, String name) {
        return optionalText(element, name).map(parsed(name, BigDecimal::new, "a decimal number"));
    }

    static LocalDate date(JsonObject element, String name) {
        return optionalDate(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<LocalDate> optionalDate(JsonObject element, String name) {
        return optionalText(element, name).map(parsed(name, LocalDate::parse, "a date (yyyy-mm-dd)"));
    }

    static LocalDateTime dateTime(JsonObject element, String name) {
        return optionalText(element, name).map(parsed(name, LocalDateTime::parse, "a local date and time")).orElseThrow(() -> missing(name));
    }

    static Instant instant(JsonObject element, String name) {
        return optionalInstant(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<Instant> optionalInstant(JsonObject element, String name) {
        return optionalText(element, name).map(parsed(name, Instant::parse, "an instant (ISO 8601, UTC)"));
    }

    static <E extends Enum<E>> E enumValue(JsonObject element, String name, Class<E> type) {
        return optionalEnum(element, name, type).orElseThrow(() -> missing(name));
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(JsonObject element, String name, Class<E> type) {
        return optionalText(element, name).map(parsed(name, v -> Enum.valueOf(type, v), "one of " + List.of(type.getEnumConstants())));
    }

    static List<String> strings(JsonObject element, String name) {
        return array(element, name).stream().map(value -> {
            if (!(value instanceof JsonString string)) throw wrongType(name, "a list of strings");
            return string.getString();
        }).toList();
    }

    /** The objects of an array field; an absent field is an empty list. */
    static List<JsonObject> objects(JsonObject element, String name) {
        return array(element, name).stream().map(value -> {
            if (!(value instanceof JsonObject object)) throw wrongType(name, "a list of objects");
            return object;
        }).toList();
    }

    static JsonObject object(JsonObject element, String name) {
        return optionalObject(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<JsonObject> optionalObject(JsonObject element, String name) {
        var value = element.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) return Optional.empty();
        if (!(value instanceof JsonObject object)) throw wrongType(name, "an object");
        return Optional.of(object);
    }

    static LocalizedText localized(JsonObject element, String name) {
        return optionalLocalized(element, name).orElseThrow(() -> missing(name));
    }

    static Optional<LocalizedText> optionalLocalized(JsonObject element, String name) {
        return optionalObject(element, name).map(text -> new LocalizedText(text(text, "en"), optionalText(text, "es").orElse(null),
                optionalText(text, "pt").orElse(null), optionalText(text, "fr").orElse(null)));
    }

    private static List<JsonValue> array(JsonObject element, String name) {
        var value = element.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) return List.of();
        if (value.getValueType() != JsonValue.ValueType.ARRAY) throw wrongType(name, "a list");
        return value.asJsonArray();
    }

    private static <T> Function<String, T> parsed(String name, Function<String, T> parse, String expected) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                throw wrongType(name, expected);
            }
        };
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException("the field '" + name + "' is missing");
    }

    private static IllegalArgumentException wrongType(String name, String expected) {
        return new IllegalArgumentException("the field '" + name + "' must be " + expected);
    }
}
