package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CountryService;

@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "The countries of the Americas and their NAP histories")
public class CountriesResource {

    @Inject CountryService countries;

    @GET
    @Operation(summary = "All countries, by English name")
    @APIResponse(responseCode = "200", description = "JSON array")
    public List<CountryView> list() {
        return countries.countries().stream().map(CountryView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One country (ISO alpha-2 code) with its NAP history")
    @APIResponse(responseCode = "200", description = "The country")
    @APIResponse(responseCode = "404", description = "No such country")
    public CountryView get(@PathParam("code") String code) {
        return CountryView.withHistory(countries.country(code));
    }

    @GET
    @Path("{code}/nap-events")
    @Operation(summary = "The country's NAP history, oldest first")
    @APIResponse(responseCode = "200", description = "JSON array")
    @APIResponse(responseCode = "404", description = "No such country")
    public List<NapEventView> napEvents(@PathParam("code") String code) {
        return countries.country(code).napHistory().stream().map(NapEventView::of).toList();
    }

    @POST
    @Path("{code}/nap-events")
    @Operation(summary = "Record a step of the country's NAP history")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such country")
    public Response recordNapEvent(@PathParam("code") String code, @Valid @NotNull NapEventRequest body, @Context UriInfo uri) {
        var event = countries.recordNapEvent(code, body.toDraft());
        return Responses.created(uri, "countries/" + event.country().iso2() + "/nap-events", event, NapEventView.of(event));
    }

    @GET
    @Path("{code}/nap-events/{eventId}")
    @Operation(summary = "One step of the country's NAP history")
    @APIResponse(responseCode = "200", description = "The event; ETag")
    @APIResponse(responseCode = "404", description = "No such country or event")
    public Response napEvent(@PathParam("code") String code, @PathParam("eventId") long eventId) {
        var event = countries.napEvent(code, eventId);
        return Responses.ok(event, NapEventView.of(event));
    }
}
