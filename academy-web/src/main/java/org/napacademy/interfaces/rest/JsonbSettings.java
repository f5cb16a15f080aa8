package org.napacademy.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** The JSON-B of the REST API: the defaults, with booleans read strictly ({@link StrictBooleanDeserializer}). */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictBooleanDeserializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
