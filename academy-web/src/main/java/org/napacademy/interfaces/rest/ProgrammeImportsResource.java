package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgrammeTransferService;

/** Imports a programme document exported by GET /programmes/{id}/export, streaming, all or nothing. */
@Path("programme-imports")
@Tag(name = "Programme transfer")
public class ProgrammeImportsResource {

    @Inject ProgrammeTransferService transfer;

    @POST
    @LargeBody
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a programme document into this database under new ids; countries are matched by ISO code, "
            + "sponsors by name, users by username (existing ones are left as they are; new ones get no password and stay "
            + "inactive until an administrator sets one)")
    @RequestBody(description = "A document of format napacademy-programme, version 1")
    @APIResponse(responseCode = "201", description = "Imported; Location of the new programme, and the number of things created per kind")
    @APIResponse(responseCode = "400", description = "Not readable JSON, or an element missing a field or referring to nothing; nothing is stored")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Another format or version, a programme of the same name or a certificate code "
            + "already here, or a domain rule the document breaks; nothing is stored")
    public Response importDocument(InputStream document, @Context UriInfo uri) {
        var imported = transfer.importDocument(document);
        return Response.created(uri.getBaseUriBuilder().path("programmes").path(String.valueOf(imported.programmeId())).build())
                .entity(ProgrammeImportView.of(imported)).build();
    }
}
