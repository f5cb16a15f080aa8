package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.GovernanceService;
import org.napacademy.application.NewSeat;

@Path("programmes/{programmeId}/committee")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Governance", description = "The executive committee of a programme run as a network: roles and countries, terms, electing gatherings")
public class CommitteeResource {

    @Inject GovernanceService governance;
    @Inject Clock clock;

    @GET
    @Operation(summary = "The programme's committee, past and present seats: president, vice-presidents by subregion, the other seats")
    @APIResponse(responseCode = "200", description = "The seats, a plain JSON array (a committee is small); current marks the seats serving today")
    @APIResponse(responseCode = "403", description = "The programme is not one the actor may read")
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<SeatView> committee(@PathParam("programmeId") long programmeId) {
        var committee = governance.committee(programmeId);
        return committee.seats().stream().map(seat -> SeatView.of(committee, seat)).toList();
    }

    @POST
    @Operation(summary = "Record a seat elected at a gathering of the programme (administrators and trainers)")
    @APIResponse(responseCode = "201", description = "Created; Location (under /committee-seats) and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown country or gathering; nothing stored")
    @APIResponse(responseCode = "403", description = "Only administrators and trainers change a committee")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "422", description = "A rule of the committee: a second president in the same term, a vice-president "
            + "of another subregion than its country's, a gathering of another programme, a term before the gathering")
    public Response elect(@PathParam("programmeId") long programmeId, @Valid @NotNull SeatRequest body, @Context UriInfo uri) {
        var seat = governance.elect(new NewSeat(programmeId, body.toChange()));
        return Responses.created(uri, "committee-seats", seat, SeatView.of(seat, LocalDate.now(clock)));
    }
}
