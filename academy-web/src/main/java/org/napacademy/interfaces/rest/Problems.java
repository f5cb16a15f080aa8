package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds every error answer of the API, so all of them have the same RFC 9457 shape. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://napacademy.org/problems/";

    private Problems() {
    }

    public static Response response(Response.StatusType status, String type, String detail) {
        return response(status, type, detail, null);
    }

    public static Response response(Response.StatusType status, String type, String detail,
                                    List<ProblemDetail.Violation> violations) {
        var body = new ProblemDetail(TYPE_BASE + type, status.getReasonPhrase(), status.getStatusCode(),
                detail, null, violations);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
