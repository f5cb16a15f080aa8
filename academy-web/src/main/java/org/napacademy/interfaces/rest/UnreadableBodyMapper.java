package org.napacademy.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, or a value of the wrong type (text for a number, an unknown enum constant): 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException failure) {
        return Problems.response(Response.Status.BAD_REQUEST, "unreadable-body",
                "The request body is not valid JSON for this resource: " + rootMessage(failure));
    }

    static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
