package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.application.RoadmapService;

@Path("roadmaps/{id}/endorsements")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Shared roadmaps")
public class RoadmapEndorsementsResource {

    @Inject GatheringRoadmapService gatherings;
    @Inject RoadmapService roadmaps;

    @POST
    @Operation(summary = "Record a delegation's endorsement of its gathering's adopted roadmap (a trainer of the cohort or the delegation itself)")
    @APIResponse(responseCode = "200", description = "The roadmap with the endorsement")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Neither a trainer of the cohort nor the delegation")
    @APIResponse(responseCode = "404", description = "No such roadmap or delegation")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "Not adopted yet, another cohort's delegation, a day before the adoption, or already endorsed")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response record(@PathParam("id") long id, @Valid @NotNull EndorsementRequest body, @Context HttpHeaders headers) {
        gatherings.recordEndorsement(id, Etags.expectedVersion(headers, body.version()), body.delegationId(), body.endorsedOn());
        var roadmap = roadmaps.whole(id);
        return Responses.ok(roadmap, RoadmapView.of(roadmap));
    }

    @DELETE
    @Path("{delegationId}")
    @Operation(summary = "Withdraw a delegation's endorsement (If-Match names the roadmap's version)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Neither a trainer of the cohort nor the delegation")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The delegation has not endorsed the roadmap")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response withdraw(@PathParam("id") long id, @PathParam("delegationId") long delegationId, @Context HttpHeaders headers) {
        gatherings.withdrawEndorsement(id, Etags.expectedVersion(headers, null), delegationId);
        return Response.noContent().build();
    }
}
