package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.napacademy.application.ProgrammeService;

@Path("programmes/{programmeId}/reporting-calendar")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Reporting calendar", description = "The check-in rhythm a programme sets for the delegations of its cohorts")
public class ProgrammeReportingCalendarResource {

    @Inject ProgrammeService programmes;

    @GET
    @Operation(summary = "The programme's check-in rhythm")
    @APIResponse(responseCode = "200", description = "The calendar, with the programme's ETag")
    @APIResponse(responseCode = "404", description = "No such programme, or no calendar set")
    public Response get(@PathParam("programmeId") long programmeId) {
        var calendar = programmes.reportingCalendar(programmeId);
        var programme = programmes.programme(programmeId);
        return Responses.ok(programme, ReportingCalendarView.of(programme, calendar));
    }

    @PUT
    @Operation(summary = "Set or replace the check-in rhythm (If-Match optional); every delegation's periods follow it")
    @APIResponse(responseCode = "200", description = "The calendar as set, with the programme's new ETag")
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. an interval longer than the reporting; nothing stored")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    public Response put(@PathParam("programmeId") long programmeId, @Valid @NotNull ReportingCalendarRequest body,
                        @Context HttpHeaders headers) {
        var programme = programmes.scheduleReporting(programmeId, OptionalVersion.of(headers, body.version()), body.toCalendar());
        return Responses.ok(programme, ReportingCalendarView.of(programme, programme.reportingCalendar().orElseThrow()));
    }
}
