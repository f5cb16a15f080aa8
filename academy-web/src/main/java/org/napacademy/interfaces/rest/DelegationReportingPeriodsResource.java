package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgressService;

@Path("delegations/{delegationId}/reporting-periods")
@Produces(APPLICATION_JSON)
@Tag(name = "Reporting calendar")
public class DelegationReportingPeriodsResource {

    @Inject ProgressService progress;

    @GET
    @Operation(summary = "The delegation's reporting periods after its cohort, each UPCOMING, DUE, OVERDUE, SUBMITTED, RETURNED or ACCEPTED today; empty without a calendar")
    @APIResponse(responseCode = "200", description = "The periods, oldest first")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public List<ReportingPeriodView> list(@PathParam("delegationId") long delegationId) {
        return progress.reportingPeriods(delegationId).stream().map(ReportingPeriodView::of).toList();
    }
}
