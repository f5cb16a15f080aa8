package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.DelegationService;

@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "Country delegations of cohorts and their participants")
public class DelegationsResource {

    @Inject DelegationService delegations;

    @GET
    @Path("{id}")
    @Operation(summary = "One delegation, with its roadmap id and number of participants")
    @APIResponse(responseCode = "200", description = "The delegation; ETag")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response get(@PathParam("id") long id) {
        var details = delegations.details(id);
        return Responses.ok(details.delegation(), DelegationView.of(details));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a delegation without participants whose roadmap is an empty draft")
    @APIResponse(responseCode = "204", description = "Deleted, with its roadmap")
    @APIResponse(responseCode = "422", description = "The delegation has participants or roadmap content")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        delegations.delete(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "A page of the delegation's participants, by family and given name")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response participants(@PathParam("id") long id, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var items = delegations.participants(id, page.offset(), page.limit()).stream().map(ParticipantView::of).toList();
        return Paged.of(items, delegations.countParticipants(id), page, uri);
    }

    @POST
    @Path("{id}/participants")
    @Operation(summary = "Enrol a participant in the delegation")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The email is already enrolled, or the cohort is closed")
    public Response enrol(@PathParam("id") long id, @Valid @NotNull ParticipantRequest body, @Context UriInfo uri) {
        var participant = delegations.enrol(id, body.toDraft());
        return Responses.created(uri, "participants", participant, ParticipantView.of(participant));
    }
}
