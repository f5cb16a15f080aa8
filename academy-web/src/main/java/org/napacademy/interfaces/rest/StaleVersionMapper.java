package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.application.StaleVersion;

/** An If-Match that names an older version: 412, and nothing was changed. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersion> {
    @Override
    public Response toResponse(StaleVersion failure) {
        return Problems.response(Response.Status.PRECONDITION_FAILED, "stale-version", failure.getMessage());
    }
}
