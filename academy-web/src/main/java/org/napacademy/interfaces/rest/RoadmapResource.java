package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgressService;
import org.napacademy.application.RoadmapDocumentService;
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
    @Inject RoadmapDocumentService documents;
    @Inject RoadmapDocumentCache cache;
    @Context Providers providers;

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
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag: nothing in the document changed")
    public Response get(@PathParam("id") long id, @Context HttpHeaders headers) {
        var document = document(id);
        var etag = document.etag();
        if (Etags.ifNoneMatchNames(headers, etag)) return Response.notModified(etag).build();
        return ok(document);
    }

    /** The answer of a write of the roadmap: the document as it now is. */
    private Response whole(long id) { return ok(document(id)); }

    private static Response ok(EncodedRoadmap document) {
        return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE).tag(document.etag()).build();
    }

    /**
     * The encoded document at the roadmap's current revision: kept from an earlier answer when the revision has not
     * moved since (this instance's writes and every other instance's raise it in the database), else built from a
     * fresh read and kept. Encoded with the API's own JSON-B, so the bytes are those Jersey would write.
     */
    private EncodedRoadmap document(long id) {
        var revision = documents.readableRevision(id);
        return cache.at(id, revision).orElseGet(() -> {
            var read = documents.wholeToRead(id);
            var view = RoadmapView.of(read.roadmap());
            var json = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE).getContext(RoadmapView.class)
                    .toJson(view).getBytes(StandardCharsets.UTF_8);
            var built = new EncodedRoadmap(read.revision(), view.version(), json);
            cache.keep(id, built);
            return built;
        });
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
        return whole(id);
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
        return whole(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Submit (SUBMITTED), endorse (ENDORSED), return or reopen (DRAFT) the roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap in its new status")
    @APIResponse(responseCode = "422", description = "The roadmap cannot move to that status from its current one")
    public Response changeStatus(@PathParam("id") long id, @Valid @NotNull RoadmapStatusRequest body, @Context HttpHeaders headers) {
        roadmaps.changeStatus(id, OptionalVersion.of(headers, body.version()), body.status());
        return whole(id);
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
