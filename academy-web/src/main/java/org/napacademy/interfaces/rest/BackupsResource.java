package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.BackupService;

/** Online backups of the embedded H2 database; restoring one is an operator's command (README, Operations). */
@Path("admin/backups")
@Tag(name = "Backups", description = "Online backups of the embedded H2 database, for administrators")
public class BackupsResource {

    @Inject BackupService backups;

    @POST
    @Produces(APPLICATION_JSON)
    @Operation(summary = "Back the database up now, online, to a gzipped SQL script in the backup directory (academy.backup.dir)")
    @APIResponse(responseCode = "201", description = "The backup's name, size and time, with its download address as Location")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "The database is not H2 (PostgreSQL: use pg_dump)")
    public Response backUp(@Context UriInfo uri) {
        var file = backups.backUp();
        return Response.created(uri.getAbsolutePathBuilder().path(file.name()).build()).entity(BackupView.of(file)).build();
    }

    @GET
    @Produces(APPLICATION_JSON)
    @Operation(summary = "The backups in the backup directory, newest first")
    @APIResponse(responseCode = "200", description = "The backups")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<BackupView> list() {
        return backups.backups().stream().map(BackupView::of).toList();
    }

    @GET
    @Path("{name}") // no @Produces: the type is set on the answer, so a refusal is not a 406 (as the exports do)
    @Operation(summary = "Download one backup: a gzipped SQL script for H2's RUNSCRIPT")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such backup")
    public Response download(@PathParam("name") String name) {
        var file = backups.file(name);
        return Downloads.attachment(out -> Files.copy(file, out), "application/gzip", file.getFileName().toString());
    }
}
