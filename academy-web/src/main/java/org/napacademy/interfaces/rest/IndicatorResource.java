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
import org.napacademy.domain.model.shared.DateRange;

@Path("indicators")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Indicators", description = "Indicators of outcomes and outputs, with baselines, periods, targets and actuals")
public class IndicatorResource {

    @Inject IndicatorService indicators;

    @GET
    @Path("{id}")
    @Operation(summary = "One indicator with its periods and latest achievement")
    @APIResponse(responseCode = "200", description = "The indicator, with its ETag")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response get(@PathParam("id") long id) {
        var indicator = indicators.indicator(id);
        return Responses.ok(indicator, IndicatorView.of(indicator));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the indicator's editable fields (not its unit or direction)")
    @APIResponse(responseCode = "200", description = "The indicator as changed")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses the change")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull IndicatorUpdateRequest body, @Context HttpHeaders headers) {
        var indicator = indicators.updateIndicator(id, Etags.expectedVersion(headers, body.version()), body.toChanges());
        return Responses.ok(indicator, IndicatorView.of(indicator));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the indicator with its periods (If-Match names the version)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "The roadmap is not a draft, or a progress report brought actuals")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        indicators.deleteIndicator(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/periods")
    @Operation(summary = "The indicator's periods, oldest first, with targets, actuals and achievement")
    @APIResponse(responseCode = "200", description = "The periods")
    @APIResponse(responseCode = "404", description = "No such indicator")
    public List<PeriodView> periods(@PathParam("id") long id) {
        return indicators.periodsOf(id).stream().map(PeriodView::of).toList();
    }

    @POST
    @Path("{id}/periods")
    @Operation(summary = "Add a period (periods of an indicator never overlap) with its targets")
    @APIResponse(responseCode = "201", description = "The new period, with Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "A rule of the roadmap refuses the period or a target")
    public Response addPeriod(@PathParam("id") long id, @Valid @NotNull NewPeriodRequest body, @Context UriInfo uri) {
        var period = indicators.addPeriod(id, DateRange.of(body.startDate(), body.endDate()), body.plannedTargets());
        return Responses.created(uri, "periods", period, PeriodView.of(period));
    }
}
