package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.application.EntityNotFound;

@Provider
public class NotFoundMapper implements ExceptionMapper<EntityNotFound> {
    @Override
    public Response toResponse(EntityNotFound failure) {
        return Problems.response(Response.Status.NOT_FOUND, "not-found", failure.getMessage());
    }
}
