package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.napacademy.infrastructure.persistence.DatabaseOutage;
import org.napacademy.infrastructure.persistence.WriteConflict;

/**
 * Anything else is our fault: the client gets a 500 problem with an incident id, never a stack trace;
 * the log gets the stack trace under the same id.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable failure) {
        // Transactions wrap what went wrong at commit (a constraint, a version conflict): answer for the cause.
        for (var cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && !(mapper instanceof UnexpectedFailureMapper)) {
                return mapper.toResponse(cause);
            }
        }
        if (DatabaseOutage.isCause(failure)) {
            return Response.fromResponse(Problems.response(Response.Status.SERVICE_UNAVAILABLE, DatabaseOutage.TYPE, DatabaseOutage.DETAIL))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (WriteConflict.isCause(failure)) {
            return Problems.response(Response.Status.CONFLICT, "concurrent-write", ConcurrentWriteMapper.DETAIL);
        }
        var incident = UUID.randomUUID();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return Problems.response(Response.Status.INTERNAL_SERVER_ERROR, "internal",
                "The server could not complete the request (incident " + incident + ")");
    }
}
