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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.GatheringRoadmapService;
import org.napacademy.application.RoadmapService;

@Path("cohorts/{id}/shared-roadmap")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Shared roadmaps", description = "A gathering's shared roadmap (outcome document), adopted by the cohort and endorsed by its delegations")
public class SharedRoadmapResource {

    @Inject GatheringRoadmapService gatherings;
    @Inject RoadmapService roadmaps;

    @POST
    @Operation(summary = "Create the cohort's shared roadmap (trainers of the cohort, administrators); a cohort has at most one")
    @APIResponse(responseCode = "201", description = "Created; Location names the roadmap under /roadmaps")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort")
    @APIResponse(responseCode = "422", description = "The cohort already has its shared roadmap")
    public Response create(@PathParam("id") long cohortId, @Valid @NotNull SharedRoadmapRequest body, @Context UriInfo uri) {
        var created = gatherings.create(cohortId, body.title());
        var roadmap = roadmaps.whole(created.id());
        return Responses.created(uri, "roadmaps", roadmap, RoadmapView.of(roadmap));
    }

    @GET
    @Operation(summary = "The cohort's shared roadmap, whole")
    @APIResponse(responseCode = "200", description = "The roadmap, with its ETag")
    @APIResponse(responseCode = "403", description = "The user may not read it")
    @APIResponse(responseCode = "404", description = "No such cohort, or the cohort has no shared roadmap")
    public Response get(@PathParam("id") long cohortId) {
        var roadmap = gatherings.ofCohort(cohortId);
        return Responses.ok(roadmap, RoadmapView.of(roadmap));
    }
}
