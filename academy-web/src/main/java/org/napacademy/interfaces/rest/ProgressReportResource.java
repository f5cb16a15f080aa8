package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgressService;

@Path("progress-reports")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Progress reports")
public class ProgressReportResource {

    @Inject ProgressService progress;

    @GET
    @Path("{id}")
    @Operation(summary = "One progress report with its status changes and actuals")
    @APIResponse(responseCode = "200", description = "The report, with its ETag")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response get(@PathParam("id") long id) {
        var report = progress.report(id);
        return Responses.ok(report, ProgressReportView.of(report));
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "What the report changed since the delegation's previous accepted report: node statuses before and after, new actuals beside the values they follow")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "403", description = "Neither a trainer of the cohort nor the delegation")
    @APIResponse(responseCode = "404", description = "No such report")
    public CheckInChangesView changes(@PathParam("id") long id) {
        return CheckInChangesView.of(progress.changes(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite a draft or returned report's narrative and links; listed status changes and actuals are added")
    @APIResponse(responseCode = "200", description = "The report as changed")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The report is no longer editable, or a change breaks a rule")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response revise(@PathParam("id") long id, @Valid @NotNull ProgressReportUpdateRequest body, @Context HttpHeaders headers) {
        var report = progress.revise(id, Etags.expectedVersion(headers, body.version()), body.content());
        return Responses.ok(report, ProgressReportView.of(report));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a draft report, or submit a returned one again (If-Match optional)")
    @APIResponse(responseCode = "200", description = "The submitted report")
    @APIResponse(responseCode = "422", description = "The report is already submitted or accepted")
    public Response submit(@PathParam("id") long id, @Context HttpHeaders headers) {
        var report = progress.submit(id, OptionalVersion.of(headers, null));
        return Responses.ok(report, ProgressReportView.of(report));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Accept a submitted report, or return it with a comment")
    @APIResponse(responseCode = "200", description = "The reviewed report")
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. RETURNED without a comment")
    @APIResponse(responseCode = "422", description = "The report is not awaiting review")
    public Response review(@PathParam("id") long id, @Valid @NotNull ReviewRequest body, @Context HttpHeaders headers) {
        var report = progress.review(id, OptionalVersion.of(headers, body.version()), body.decision(), body.comment());
        return Responses.ok(report, ProgressReportView.of(report));
    }
}
