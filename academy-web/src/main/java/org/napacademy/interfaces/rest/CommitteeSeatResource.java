package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.GovernanceService;

@Path("committee-seats")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Governance")
public class CommitteeSeatResource {

    @Inject GovernanceService governance;
    @Inject Clock clock;

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace what a seat is: role, subregion, country, term, electing gathering (If-Match or body version)")
    @APIResponse(responseCode = "200", description = "The seat as changed; ETag")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown country or gathering; nothing stored")
    @APIResponse(responseCode = "403", description = "Only administrators and trainers change a committee")
    @APIResponse(responseCode = "404", description = "No such seat")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "422", description = "A rule of the committee was broken, e.g. a second president in the same term")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response change(@PathParam("id") long id, @Valid @NotNull SeatRequest body, @Context HttpHeaders headers) {
        var seat = governance.change(id, Etags.expectedVersion(headers, body.version()), body.toChange());
        return Responses.ok(seat, SeatView.of(seat, LocalDate.now(clock)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a seat recorded by mistake (If-Match names the version)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only administrators and trainers change a committee")
    @APIResponse(responseCode = "404", description = "No such seat")
    @APIResponse(responseCode = "412", description = "The version given is not the current one")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response remove(@PathParam("id") long id, @Context HttpHeaders headers) {
        governance.remove(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }
}
