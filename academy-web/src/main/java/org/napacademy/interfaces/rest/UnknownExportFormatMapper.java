package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnknownExportFormatMapper implements ExceptionMapper<UnknownExportFormat> {
    @Override
    public Response toResponse(UnknownExportFormat failure) {
        return Problems.response(Response.Status.NOT_FOUND, "unknown-export-format", failure.getMessage());
    }
}
