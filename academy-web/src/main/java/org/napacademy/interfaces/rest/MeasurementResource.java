package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.IndicatorService;

@Path("measurements")
@Produces(APPLICATION_JSON)
@Tag(name = "Indicators")
public class MeasurementResource {

    @Inject IndicatorService indicators;

    @GET
    @Path("{id}")
    @Operation(summary = "One target or actual")
    @APIResponse(responseCode = "200", description = "The measurement, with its ETag")
    @APIResponse(responseCode = "404", description = "No such measurement")
    public Response get(@PathParam("id") long id) {
        var measurement = indicators.measurement(id);
        return Responses.ok(measurement, MeasurementView.of(measurement));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw a measurement entered by mistake (If-Match names the version)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "A target outside DRAFT, or an actual a progress report brought")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        indicators.deleteMeasurement(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }
}
