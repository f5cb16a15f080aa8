package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.AccompanimentService;

@Path("delegations/{delegationId}/mentoring-notes")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Accompaniment")
public class DelegationMentoringNoteResource {

    @Inject AccompanimentService accompaniment;

    @GET
    @Operation(summary = "A page of the delegation's mentoring notes, newest first")
    @APIResponse(responseCode = "200", description = "The notes; X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response list(@PathParam("delegationId") long delegationId, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var notes = accompaniment.notesOf(delegationId, page.offset(), page.limit());
        return Paged.of(notes.items().stream().map(MentoringNoteView::of).toList(), notes.total(), page, uri);
    }

    @POST
    @Operation(summary = "Log mentoring given to the delegation, optionally answering one of its requests")
    @APIResponse(responseCode = "201", description = "The note, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The request came from another delegation")
    public Response log(@PathParam("delegationId") long delegationId, @Valid @NotNull MentoringNoteRequest body,
                        @Context UriInfo uri) {
        var note = accompaniment.logMentoring(delegationId, body.toCommand());
        return Responses.created(uri, "mentoring-notes", note, MentoringNoteView.of(note));
    }
}
