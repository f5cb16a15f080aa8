package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgressService;
import org.napacademy.application.RoadmapService;
import org.napacademy.domain.model.roadmap.RoadmapFilter;
import org.napacademy.domain.model.roadmap.RoadmapStatus;
import org.napacademy.domain.model.shared.ListOrder;

@Path("roadmaps")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Roadmaps", description = "A delegation's results roadmap: GOAL > OUTCOME > OUTPUT > ACTIVITY")
public class RoadmapResource {

    @Inject RoadmapService roadmaps;
    @Inject ProgressService progress;

    @GET
    @Operation(summary = "A page of the roadmaps the user may see, the newest cohort's first unless sorted otherwise")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "Unknown status or sort")
    public Response list(@Parameter(description = "text in the title, the cohort or the country (code or name), ignoring case")
                         @QueryParam("q") String text,
                         @Parameter(description = "only roadmaps in this status: DRAFT, SUBMITTED or ENDORSED")
                         @QueryParam("status") String status,
                         @Parameter(description = "country, cohort, title, status or start; a leading - sorts descending (default -start)")
                         @QueryParam("sort") String sort,
                         @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var filter = new RoadmapFilter(text, QueryValues.enumOf(RoadmapStatus.class, "status", status),
                ListOrder.parse(sort, RoadmapFilter.SORTS, RoadmapFilter.NEWEST_FIRST));
        var items = roadmaps.summaries(filter, page.offset(), page.limit()).stream().map(RoadmapSummaryView::of).toList();
        return Paged.of(items, roadmaps.countRoadmaps(filter), page, uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The whole roadmap: nodes nested in order, with budgets, indicators, their periods' targets and latest actuals, "
            + "and progress; each period's history of actuals is under GET /periods/{id}")
    @APIResponse(responseCode = "200", description = "The roadmap, with its ETag")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public Response get(@PathParam("id") long id) {
        var roadmap = roadmaps.wholeToRead(id);
        return Responses.ok(roadmap, RoadmapView.of(roadmap));
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The roadmap's derived progress: traffic light per node and for the whole, shares, mean achievement, and \"no update\" when a due check-in is missing")
    @APIResponse(responseCode = "200", description = "The progress, computed on reading")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public RoadmapStandingView progress(@PathParam("id") long id) {
        return RoadmapStandingView.of(progress.standing(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Retitle the roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap as changed")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response retitle(@PathParam("id") long id, @Valid @NotNull RoadmapTitleRequest body, @Context HttpHeaders headers) {
        roadmaps.retitle(id, Etags.expectedVersion(headers, body.version()), body.title());
        return get(id);
    }

    @PUT
    @Path("{id}/sharing")
    @Operation(summary = "Share the roadmap read-only with the other delegations of its cohort (peer learning), or stop sharing it; "
            + "only the roadmap's own delegation or an administrator")
    @APIResponse(responseCode = "200", description = "The roadmap, with sharedWithCohort as asked")
    @APIResponse(responseCode = "403", description = "Not the roadmap's delegation")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response share(@PathParam("id") long id, @Valid @NotNull RoadmapSharingRequest body, @Context HttpHeaders headers) {
        roadmaps.share(id, Etags.expectedVersion(headers, body.version()), body.shared());
        return get(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Submit (SUBMITTED), endorse (ENDORSED), return or reopen (DRAFT) the roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap in its new status")
    @APIResponse(responseCode = "422", description = "The roadmap cannot move to that status from its current one")
    public Response changeStatus(@PathParam("id") long id, @Valid @NotNull RoadmapStatusRequest body, @Context HttpHeaders headers) {
        roadmaps.changeStatus(id, OptionalVersion.of(headers, body.version()), body.status());
        return get(id);
    }

    @GET
    @Path("{id}/nodes")
    @Operation(summary = "A page of the roadmap's nodes, flat, in tree order (depth first), each with its parentId")
    @APIResponse(responseCode = "200", description = "The nodes; X-Total-Count and Link headers")
    public Response nodes(@PathParam("id") long id, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var nodes = roadmaps.nodes(id, page.offset(), page.limit());
        return Paged.of(nodes.items().stream().map(NodeView::of).toList(), nodes.total(), page, uri);
    }

    @POST
    @Path("{id}/nodes")
    @Operation(summary = "Add a goal (no parentId) or a child of a node; levels nest and dates lie inside the parent's")
    @APIResponse(responseCode = "201", description = "The new node, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses the node")
    public Response addNode(@PathParam("id") long id, @Valid @NotNull NewNodeRequest body, @Context UriInfo uri) {
        var node = roadmaps.addNode(id, body.toCommand());
        return Responses.created(uri, "nodes", node, NodeView.of(node));
    }
}
