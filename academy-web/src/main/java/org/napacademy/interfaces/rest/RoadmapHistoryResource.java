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

/** Read only: the audit trail offers no way to change or delete a record, so any other method answers 405. */
@Path("roadmaps/{id}/history")
@Produces(APPLICATION_JSON)
@Tag(name = "History", description = "The audit trail: who changed what, when, with old and new values")
public class RoadmapHistoryResource {

    @Inject HistoryService history;

    @GET
    @Operation(summary = "A page of the roadmap's audit trail, newest first: the roadmap, its nodes, budgets, indicators, periods and measurements")
    @APIResponse(responseCode = "200", description = "The records; X-Total-Count and Link headers")
    @APIResponse(responseCode = "403", description = "The roadmap is not readable by the caller")
    @APIResponse(responseCode = "404", description = "No such roadmap")
    public Response history(@PathParam("id") long id, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var records = history.roadmapHistory(id, page.offset(), page.limit()).stream().map(AuditRecordView::of).toList();
        return Paged.of(records, history.countRoadmapHistory(id), page, uri);
    }
}
