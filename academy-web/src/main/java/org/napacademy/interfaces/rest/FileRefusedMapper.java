package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.domain.model.library.FileRefused;
import org.napacademy.domain.model.library.FileTooLarge;

/** An upload the library refuses: 413 when it is too large, 415 when its bytes are of no type the library keeps. */
@Provider
public class FileRefusedMapper implements ExceptionMapper<FileRefused> {
    @Override
    public Response toResponse(FileRefused failure) {
        return failure instanceof FileTooLarge
                ? Problems.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "file-too-large", failure.getMessage())
                : Problems.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", failure.getMessage());
    }
}
