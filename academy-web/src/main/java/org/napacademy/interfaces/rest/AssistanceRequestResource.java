package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.AccompanimentService;

@Path("assistance-requests")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Accompaniment")
public class AssistanceRequestResource {

    @Inject AccompanimentService accompaniment;

    @GET
    @Path("{id}")
    @Operation(summary = "One assistance request")
    @APIResponse(responseCode = "200", description = "The request, with its ETag")
    @APIResponse(responseCode = "404", description = "No such request")
    public Response get(@PathParam("id") long id) {
        var request = accompaniment.request(id);
        return Responses.ok(request, AssistanceRequestView.of(request));
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer the request (a later answer replaces an earlier one)")
    @APIResponse(responseCode = "200", description = "The answered request")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The request is closed")
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest body, @Context HttpHeaders headers) {
        var request = accompaniment.answer(id, OptionalVersion.of(headers, body.version()), body.answer());
        return Responses.ok(request, AssistanceRequestView.of(request));
    }
}
