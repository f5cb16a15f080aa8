package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("roadmaps/{id}/adoption")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Shared roadmaps")
public class RoadmapAdoptionResource {

    @Inject GatheringRoadmapService gatherings;
    @Inject RoadmapService roadmaps;

    @POST
    @Operation(summary = "Record the day the gathering adopted its shared roadmap (trainers of the cohort); it becomes ENDORSED")
    @APIResponse(responseCode = "200", description = "The roadmap as adopted")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "Not a shared roadmap, no goal yet, a day before the gathering, or already adopted")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response adopt(@PathParam("id") long id, @Valid @NotNull AdoptionRequest body, @Context HttpHeaders headers) {
        gatherings.adopt(id, Etags.expectedVersion(headers, body.version()), body.adoptedOn());
        var roadmap = roadmaps.whole(id);
        return Responses.ok(roadmap, RoadmapView.of(roadmap));
    }
}
