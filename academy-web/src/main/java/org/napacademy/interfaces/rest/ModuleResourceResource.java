package org.napacademy.interfaces.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ResourceLibraryService;

@Path("module-resources/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module resources")
public class ModuleResourceResource {

    @Inject ResourceLibraryService library;

    @GET
    @Operation(summary = "One resource (a retired one only for administrators and trainers)")
    @APIResponse(responseCode = "200", description = "The resource; ETag")
    @APIResponse(responseCode = "404", description = "No such resource, or retired")
    public Response get(@PathParam("id") long id) {
        var resource = library.resource(id);
        return Responses.ok(resource, ModuleResourceView.of(resource));
    }

    @PUT
    @Operation(summary = "Replace a resource's kind, texts, languages and, for a link, its address; an uploaded file stays")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "400", description = "Invalid body or address")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "An address for an uploaded file, or kind LINK for a file")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull ResourceRequest body, @Context HttpHeaders headers) {
        var resource = library.update(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(resource, ModuleResourceView.of(resource));
    }

    @POST
    @Path("retirement")
    @Operation(summary = "Retire the resource: delegations no longer see it (If-Match required)")
    @APIResponse(responseCode = "200", description = "The retired resource; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Already retired")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response retire(@PathParam("id") long id, @Context HttpHeaders headers) {
        var resource = library.retire(id, Etags.expectedVersion(headers, null));
        return Responses.ok(resource, ModuleResourceView.of(resource));
    }

    @DELETE
    @Path("retirement")
    @Operation(summary = "Restore a retired resource (If-Match required)")
    @APIResponse(responseCode = "200", description = "The restored resource; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Not retired")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response restore(@PathParam("id") long id, @Context HttpHeaders headers) {
        var resource = library.restore(id, Etags.expectedVersion(headers, null));
        return Responses.ok(resource, ModuleResourceView.of(resource));
    }

    @GET
    @Path("file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Open the resource: an uploaded file as an attachment with the type recognised at upload; a link "
            + "answers 303 to its address")
    @APIResponse(responseCode = "200", description = "The file; Content-Disposition names it")
    @APIResponse(responseCode = "303", description = "A link: Location is its address")
    @APIResponse(responseCode = "404", description = "No such resource, or retired")
    public Response file(@PathParam("id") long id) {
        var resource = library.resource(id);
        if (resource.url().isPresent()) return Response.seeOther(URI.create(resource.url().get())).build();
        var download = library.download(id);
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", contentDisposition(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** An ASCII fallback and the exact name in RFC 5987 form, so names in any language survive. */
    private static String contentDisposition(String fileName) {
        var ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "");
        var encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
