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
import org.napacademy.application.ProgressService;

@Path("delegations/{delegationId}/progress-reports")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Progress reports", description = "A delegation's periodic check-ins, reviewed by a trainer")
public class DelegationProgressReportResource {

    @Inject ProgressService progress;

    @GET
    @Operation(summary = "A page of the delegation's reports, latest reporting period first")
    @APIResponse(responseCode = "200", description = "The reports; X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public Response list(@PathParam("delegationId") long delegationId, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var reports = progress.reportsOf(delegationId, page.offset(), page.limit());
        return Paged.of(reports.items().stream().map(ProgressReportView::of).toList(), reports.total(), page, uri);
    }

    @POST
    @Operation(summary = "Draft a report; its status changes and actuals apply to the roadmap at once, all or none")
    @APIResponse(responseCode = "201", description = "The draft report, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body; nothing stored")
    @APIResponse(responseCode = "422", description = "A status change or an actual breaks a rule; nothing stored")
    public Response draft(@PathParam("delegationId") long delegationId, @Valid @NotNull NewProgressReportRequest body,
                          @Context UriInfo uri) {
        var report = progress.draft(delegationId, body.reportingPeriod(), body.content());
        return Responses.created(uri, "progress-reports", report, ProgressReportView.of(report));
    }
}
