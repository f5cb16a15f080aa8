package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.AccompanimentService;

@Path("mentoring-notes")
@Produces(APPLICATION_JSON)
@Tag(name = "Accompaniment")
public class MentoringNoteResource {

    @Inject AccompanimentService accompaniment;

    @GET
    @Path("{id}")
    @Operation(summary = "One mentoring note")
    @APIResponse(responseCode = "200", description = "The note, with its ETag")
    @APIResponse(responseCode = "404", description = "No such note")
    public Response get(@PathParam("id") long id) {
        var note = accompaniment.note(id);
        return Responses.ok(note, MentoringNoteView.of(note));
    }
}
