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

@Path("periods")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Indicators")
public class PeriodResource {

    @Inject IndicatorService indicators;

    @GET
    @Path("{id}")
    @Operation(summary = "One period with its targets, actuals and achievement")
    @APIResponse(responseCode = "200", description = "The period, with its ETag")
    @APIResponse(responseCode = "404", description = "No such period")
    public Response get(@PathParam("id") long id) {
        var period = indicators.period(id);
        return Responses.ok(period, PeriodView.of(period));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the period's targets (its dates are fixed)")
    @APIResponse(responseCode = "200", description = "The period as changed")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses a target")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response replaceTargets(@PathParam("id") long id, @Valid @NotNull PeriodTargetsRequest body, @Context HttpHeaders headers) {
        var period = indicators.replaceTargets(id, Etags.expectedVersion(headers, body.version()), body.plannedTargets());
        return Responses.ok(period, PeriodView.of(period));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the period with its measurements (If-Match names the version)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The roadmap is not a draft, or a progress report brought actuals")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        indicators.deletePeriod(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/measurements")
    @Operation(summary = "The period's targets, then its actuals oldest first")
    @APIResponse(responseCode = "200", description = "The measurements")
    @APIResponse(responseCode = "404", description = "No such period")
    public List<MeasurementView> measurements(@PathParam("id") long id) {
        return indicators.measurementsOf(id).stream().map(MeasurementView::of).toList();
    }

    @POST
    @Path("{id}/measurements")
    @Operation(summary = "Plan a TARGET (replacing the one for the same sex) or record an ACTUAL")
    @APIResponse(responseCode = "201", description = "The new measurement, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "A rule of the indicator refuses the value, the sex or the date")
    public Response addMeasurement(@PathParam("id") long id, @Valid @NotNull NewMeasurementRequest body, @Context UriInfo uri) {
        var measurement = indicators.addMeasurement(id, body.toCommand());
        return Responses.created(uri, "measurements", measurement, MeasurementView.of(measurement));
    }
}
