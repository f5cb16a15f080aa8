package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.IndicatorService;
import org.napacademy.application.RoadmapService;

@Path("nodes")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Roadmap nodes", description = "Goals, outcomes, outputs and activities of a roadmap")
public class NodeResource {

    @Inject RoadmapService roadmaps;
    @Inject IndicatorService indicators;

    @GET
    @Path("{id}")
    @Operation(summary = "One node, with the ids of its parent, children and indicators")
    @APIResponse(responseCode = "200", description = "The node, with its ETag")
    @APIResponse(responseCode = "404", description = "No such node")
    public Response get(@PathParam("id") long id) {
        var node = roadmaps.node(id);
        return Responses.ok(node, NodeView.of(node));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the node's editable fields (pillar and dates only change in a DRAFT roadmap)")
    @APIResponse(responseCode = "200", description = "The node as changed")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses the change")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull NodeUpdateRequest body, @Context HttpHeaders headers) {
        var node = roadmaps.updateNode(id, Etags.expectedVersion(headers, body.version()), body.toDetails());
        return Responses.ok(node, NodeView.of(node));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the node with its subtree (If-Match names the version)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The roadmap is not a draft, or progress was reported on the subtree")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        roadmaps.deleteNode(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move the node with its subtree under another parent, optionally with new dates")
    @APIResponse(responseCode = "200", description = "The node in its new place")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The new parent cannot hold the node")
    public Response move(@PathParam("id") long id, @Valid @NotNull MoveNodeRequest body, @Context HttpHeaders headers) {
        var node = roadmaps.moveNode(id, Etags.expectedVersion(headers, body.version()), body.newParentId(), body.newSchedule());
        return Responses.ok(node, NodeView.of(node));
    }

    @PUT
    @Path("{id}/budget-lines")
    @Operation(summary = "Replace the node's budget lines")
    @APIResponse(responseCode = "200", description = "The node with its new budget lines")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The roadmap is not a draft")
    public Response replaceBudgetLines(@PathParam("id") long id, @Valid @NotNull BudgetLinesRequest body, @Context HttpHeaders headers) {
        var lines = body.lines().stream().map(BudgetLineRequest::toBudgetLine).toList();
        var node = roadmaps.replaceBudgetLines(id, Etags.expectedVersion(headers, body.version()), lines);
        return Responses.ok(node, NodeView.of(node));
    }

    @GET
    @Path("{id}/indicators")
    @Operation(summary = "The node's indicators, in order, with their periods")
    @APIResponse(responseCode = "200", description = "The indicators")
    @APIResponse(responseCode = "404", description = "No such node")
    public List<IndicatorView> indicators(@PathParam("id") long id) {
        return indicators.indicatorsOf(id).stream().map(IndicatorView::of).toList();
    }

    @POST
    @Path("{id}/indicators")
    @Operation(summary = "Add an indicator to an outcome or output")
    @APIResponse(responseCode = "201", description = "The new indicator, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses the indicator")
    public Response addIndicator(@PathParam("id") long id, @Valid @NotNull NewIndicatorRequest body, @Context UriInfo uri) {
        var indicator = indicators.addIndicator(id, body.toDraft());
        return Responses.created(uri, "indicators", indicator, IndicatorView.of(indicator));
    }
}
