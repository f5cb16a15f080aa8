package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.HistoryService;

/** Read only, like the roadmap's history. */
@Path("nodes/{id}/history")
@Produces(APPLICATION_JSON)
@Tag(name = "History")
public class NodeHistoryResource {

    @Inject HistoryService history;

    @GET
    @Operation(summary = "A page of the node's audit trail, newest first: the node, its budget, indicators, periods and measurements; still readable after the node was deleted")
    @APIResponse(responseCode = "200", description = "The records; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "The node's roadmap is not readable by the caller")
    @APIResponse(responseCode = "404", description = "No such node, nor any history of one")
    public Response history(@PathParam("id") long id, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var records = history.nodeHistory(id, page.offset(), page.limit()).stream().map(AuditRecordView::of).toList();
        return Paged.of(records, history.countNodeHistory(id), page, uri);
    }
}
