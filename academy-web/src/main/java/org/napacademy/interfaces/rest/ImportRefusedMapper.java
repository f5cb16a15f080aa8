package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.application.ImportRefused;

/** A file not read at all: 413 too large (or a zip bomb), 415 not the declared type, 422 unreadable (not UTF-8). */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefused> {
    private static final Response.StatusType UNREADABLE = new Response.StatusType() {
        public int getStatusCode() { return 422; }
        public Response.Status.Family getFamily() { return Response.Status.Family.CLIENT_ERROR; }
        public String getReasonPhrase() { return "Unprocessable Content"; }
    };

    @Override
    public Response toResponse(ImportRefused refusal) {
        return switch (refusal.reason()) {
            case TOO_LARGE -> Problems.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "import-too-large", refusal.getMessage());
            case WRONG_TYPE -> Problems.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "import-type", refusal.getMessage());
            case UNREADABLE -> Problems.response(UNREADABLE, "import-unreadable", refusal.getMessage());
        };
    }
}
