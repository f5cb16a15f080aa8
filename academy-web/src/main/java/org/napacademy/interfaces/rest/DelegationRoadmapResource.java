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
import org.napacademy.application.RoadmapService;

@Path("delegations/{delegationId}/roadmap")
@Produces(APPLICATION_JSON)
@Tag(name = "Roadmaps")
public class DelegationRoadmapResource {

    @Inject RoadmapService roadmaps;

    @GET
    @Operation(summary = "The delegation's whole roadmap, the same document as GET /roadmaps/{id}")
    @APIResponse(responseCode = "200", description = "The roadmap, with its ETag")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response get(@PathParam("delegationId") long delegationId) {
        var roadmap = roadmaps.wholeOfDelegationToRead(delegationId);
        return Responses.ok(roadmap, RoadmapView.of(roadmap));
    }
}
