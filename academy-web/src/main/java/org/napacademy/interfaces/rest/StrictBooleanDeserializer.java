package org.napacademy.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * A yes/no field takes JSON true, false or null only: Yasson alone reads any text ("maybe") as false, so a
 * wrongly typed value was stored as a silent "no" instead of being refused (issue 9, BadInputIT).
 */
public class StrictBooleanDeserializer implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
        // getValue, not currentEvent: Yasson's parser for user deserializers has no currentEvent
        var value = parser.getValue();
        return switch (value.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> throw new JsonbException("A yes/no field takes true or false, not " + value);
        };
    }
}
