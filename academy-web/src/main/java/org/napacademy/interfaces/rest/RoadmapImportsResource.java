package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ImportService;
import org.napacademy.interfaces.imports.ImportKind;
import org.napacademy.interfaces.imports.ImportLimits;
import org.napacademy.interfaces.imports.SheetSource;

/** Actuals of a roadmap's indicators from a CSV or XLSX file in the columns of the measurements export. */
@Path("roadmaps/{id}/imports")
@Tag(name = "Imports", description = "Participants and indicator actuals from CSV or XLSX files, previewed, all or nothing")
public class RoadmapImportsResource {
    @Inject ImportService imports;
    @Inject ImportLimits limits;

    @POST
    @Path("actuals")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports indicator actuals into the roadmap: the body is the file (text/csv or XLSX), in the columns "
            + "of the measurements export (No., indicator, period start and end, value, as-of date required; sex (a label or Total), "
            + "kind and comment optional; headers in English, Spanish, Portuguese or French). The node's number and the indicator's "
            + "title name the indicator, the dates its period. Targets and actuals already recorded are skipped, so an edited "
            + "export imports again. With dryRun=true nothing is stored and the answer is the preview.")
    @RequestBody(content = {@Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The preview: rows read, rows valid, errors by row and column, rows to be created")
    @APIResponse(responseCode = "201", description = "Every row stored; the counts")
    @APIResponse(responseCode = "413", description = "The file is too large, has too many rows, or unpacks too far (zip bomb)")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX, or the content is not what the Content-Type declares")
    @APIResponse(responseCode = "422", description = "Bad rows (errors by row and column) or an unreadable file: nothing stored")
    public Response actuals(@PathParam("id") long id,
                                 @Parameter(description = "true: check and answer the preview, store nothing") @QueryParam("dryRun") boolean dryRun,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        var source = SheetSource.ofRequest(ImportKind.ACTUALS, body, contentType, limits);
        return ImportAnswers.answer(dryRun, source, s -> imports.previewActuals(id, s), s -> imports.importActuals(id, s));
    }
}
