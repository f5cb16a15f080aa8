package org.napacademy.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.napacademy.application.ImportFailed;

/** An import with bad rows stored nothing: 422 with every row error (the first 1,000) and their count. */
@Provider
public class ImportFailedMapper implements ExceptionMapper<ImportFailed> {

    @Override
    public Response toResponse(ImportFailed failure) {
        var report = failure.report();
        var body = new ImportProblem("https://napacademy.org/problems/import-rows", "Unprocessable Content", 422,
                failure.getMessage(), report.rowsRead(), report.errorCount(), report.errors());
        return Response.status(422).type(Problems.MEDIA_TYPE).entity(body).build();
    }
}
