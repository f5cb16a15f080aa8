package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgrammeTransferService;
import org.napacademy.interfaces.export.FileNames;

/** A programme's full export, to move it to another server (see POST /programme-imports). */
@Path("programmes/{id}/export")
@Tag(name = "Programme transfer", description = "Moving a whole programme between servers: its JSON document out and in")
public class ProgrammeExportResource {

    @Inject ProgrammeTransferService transfer;
    @Inject Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole programme as one JSON document (format napacademy-programme, version 1): programme, sponsors, "
            + "NAP events, modules, cohorts, delegations and participants, users (never passwords or tokens), sessions with "
            + "attendance and feedback, roadmaps with their result trees, progress reports, assistance, mentoring and certificates")
    @APIResponse(responseCode = "200", description = "The document, as an attachment programme-<name>-<date>.json")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response export(@PathParam("id") long id) {
        var programme = transfer.exportable(id);
        return Downloads.attachment(out -> transfer.export(id, out), MediaType.APPLICATION_JSON,
                FileNames.of("json", "programme", programme.name(), LocalDate.now(clock).toString()));
    }
}
