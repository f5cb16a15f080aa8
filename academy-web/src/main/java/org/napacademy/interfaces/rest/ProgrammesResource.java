package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgrammeService;

@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Academy programmes: languages and roadmap template")
public class ProgrammesResource {

    @Inject ProgrammeService programmes;

    @GET
    @Operation(summary = "A page of programmes, by id")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    public Response list(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var items = programmes.page(page.offset(), page.limit()).stream().map(ProgrammeView::of).toList();
        return Paged.of(items, programmes.count(), page, uri);
    }

    @POST
    @Operation(summary = "Create a programme (with the full roadmap template unless levels and pillars are given)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    public Response create(@Valid @NotNull ProgrammeRequest body, @Context UriInfo uri) {
        var programme = programmes.create(body.toDraft());
        return Responses.created(uri, "programmes", programme, ProgrammeView.of(programme));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme")
    @APIResponse(responseCode = "200", description = "The programme; ETag")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response get(@PathParam("id") long id) {
        var programme = programmes.programme(id);
        return Responses.ok(programme, ProgrammeView.of(programme));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a programme's name, description, languages (and template)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull ProgrammeRequest body, @Context HttpHeaders headers) {
        var programme = programmes.update(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(programme, ProgrammeView.of(programme));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a programme without cohorts, with its modules")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "422", description = "The programme has cohorts")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        programmes.delete(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }
}
