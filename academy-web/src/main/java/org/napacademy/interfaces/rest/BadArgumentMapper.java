package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Value objects refuse impossible values (an end before its start, an unknown currency): 400. */
@Provider
public class BadArgumentMapper implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException failure) {
        return Problems.response(Response.Status.BAD_REQUEST, "bad-request", failure.getMessage());
    }
}
