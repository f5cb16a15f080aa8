package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CurriculumService;

@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Modules", description = "The curriculum of programmes")
public class ModulesResource {

    @Inject CurriculumService curriculum;

    @GET
    @Operation(summary = "A page of modules: all by id, or one programme's (?programmeId=) in display order")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response list(@QueryParam("programmeId") Long programmeId, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var items = curriculum.modules(programmeId, page.offset(), page.limit()).stream().map(ModuleView::of).toList();
        return Paged.of(items, curriculum.countModules(programmeId), page, uri);
    }

    @POST
    @Operation(summary = "Add a module to a programme's curriculum")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The programme already has a module with this code")
    public Response create(@Valid @ConvertGroup(from = Default.class, to = Creation.class) @NotNull ModuleRequest body,
                           @Context UriInfo uri) {
        var module = curriculum.createModule(body.toDraft());
        return Responses.created(uri, "modules", module, ModuleView.of(module));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One module")
    @APIResponse(responseCode = "200", description = "The module; ETag")
    @APIResponse(responseCode = "404", description = "No such module")
    public Response get(@PathParam("id") long id) {
        var module = curriculum.module(id);
        return Responses.ok(module, ModuleView.of(module));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a module's texts, duration and display order")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull ModuleRequest body, @Context HttpHeaders headers) {
        var module = curriculum.updateModule(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(module, ModuleView.of(module));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a module no session delivers")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "422", description = "Sessions deliver it or roadmaps cite it")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        curriculum.deleteModule(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }
}
