package org.napacademy.interfaces.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Two writers raced past the version check; JPA's @Version refused the second: 409. */
@Provider
public class ConcurrentWriteMapper implements ExceptionMapper<OptimisticLockException> {
    static final String DETAIL = "Someone else saved this at the same moment; reload it and apply your change again";

    @Override
    public Response toResponse(OptimisticLockException failure) {
        return Problems.response(Response.Status.CONFLICT, "concurrent-write", DETAIL);
    }
}
