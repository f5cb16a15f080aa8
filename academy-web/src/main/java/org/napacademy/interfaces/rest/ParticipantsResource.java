package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.DelegationService;

@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Members of country delegations")
public class ParticipantsResource {

    @Inject DelegationService delegations;

    @GET
    @Path("{id}")
    @Operation(summary = "One participant")
    @APIResponse(responseCode = "200", description = "The participant; ETag")
    @APIResponse(responseCode = "404", description = "No such participant")
    public Response get(@PathParam("id") long id) {
        var participant = delegations.participant(id);
        return Responses.ok(participant, ParticipantView.of(participant));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a participant's details; role FOCAL_POINT appoints them")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull ParticipantRequest body, @Context HttpHeaders headers) {
        var participant = delegations.update(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(participant, ParticipantView.of(participant));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw a participant without attendance or feedback on record")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "422", description = "Attendance or feedback is on record")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        delegations.withdraw(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }
}
