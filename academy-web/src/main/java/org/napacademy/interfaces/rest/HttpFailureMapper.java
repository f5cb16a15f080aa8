package org.napacademy.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods, unsupported media types and unreadable bodies, as problem+json. */
@Provider
public class HttpFailureMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException failure) {
        var status = failure.getResponse().getStatusInfo();
        var jsonFailure = findCause(failure, JsonbException.class);
        if (status.getStatusCode() == 400 && (jsonFailure != null || findCause(failure, ProcessingException.class) != null)) {
            return Problems.response(status, "unreadable-body", "The request body is not valid JSON for this resource: "
                    + UnreadableBodyMapper.rootMessage(failure));
        }
        var detail = switch (status.getStatusCode()) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This resource does not accept that method";
            case 406 -> "This resource cannot answer in the media type asked for";
            case 415 -> "This resource expects application/json";
            default -> failure.getMessage();
        };
        var response = Problems.response(status, "http-" + status.getStatusCode(), detail);
        failure.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        return response;
    }

    private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
