package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.application.security.AccessDenied;

/** The access policy said no: 403 with what was refused, never why in more detail than the policy gives. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {
    @Override
    public Response toResponse(AccessDenied refusal) {
        return Problems.response(Response.Status.FORBIDDEN, "forbidden", refusal.getMessage());
    }
}
