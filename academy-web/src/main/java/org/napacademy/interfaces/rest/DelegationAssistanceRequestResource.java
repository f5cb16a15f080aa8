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

@Path("delegations/{delegationId}/assistance-requests")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Accompaniment", description = "Assistance requests and mentoring notes")
public class DelegationAssistanceRequestResource {

    @Inject AccompanimentService accompaniment;

    @GET
    @Operation(summary = "A page of the delegation's assistance requests, newest first")
    @APIResponse(responseCode = "200", description = "The requests; X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response list(@PathParam("delegationId") long delegationId, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var requests = accompaniment.requestsOf(delegationId, page.offset(), page.limit());
        return Paged.of(requests.items().stream().map(AssistanceRequestView::of).toList(), requests.total(), page, uri);
    }

    @POST
    @Operation(summary = "Ask the academy for help, optionally on a module of the programme")
    @APIResponse(responseCode = "201", description = "The open request, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The module belongs to another programme")
    public Response ask(@PathParam("delegationId") long delegationId, @Valid @NotNull AssistanceRequestRequest body,
                        @Context UriInfo uri) {
        var request = accompaniment.ask(delegationId, body.toCommand());
        return Responses.created(uri, "assistance-requests", request, AssistanceRequestView.of(request));
    }
}
