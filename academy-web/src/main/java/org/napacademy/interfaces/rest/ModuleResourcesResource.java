package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ResourceDraft;
import org.napacademy.application.ResourceLibraryService;
import org.napacademy.domain.model.library.ResourceKind;
import org.napacademy.domain.model.shared.LocalizedText;

@Path("modules/{id}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Module resources", description = "The resource library of each curriculum module: templates, guides, worked examples, links")
public class ModuleResourcesResource {

    static final String FILE_NAME_HEADER = "X-File-Name";
    private static final String COLLECTION = "module-resources";

    @Inject ResourceLibraryService library;

    @GET
    @Operation(summary = "A page of the module's resources in use, newest first; ?kind= and ?language= narrow it, "
            + "?retired=true adds the retired ones for administrators and trainers")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "Unknown kind or language")
    @APIResponse(responseCode = "404", description = "No such module")
    public Response list(@PathParam("id") long moduleId, @QueryParam("kind") String kind, @QueryParam("language") String language,
                         @QueryParam("retired") boolean retired, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var listing = library.resources(moduleId, kind(kind), language, retired, page.offset(), page.limit());
        return Paged.of(listing.items().stream().map(ModuleResourceView::of).toList(), listing.total(), page, uri);
    }

    @POST
    @Operation(summary = "Add a link (an http or https address) to the module's library")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body or address; nothing stored")
    @APIResponse(responseCode = "403", description = "Only administrators and trainers add resources")
    @APIResponse(responseCode = "404", description = "No such module")
    public Response addLink(@PathParam("id") long moduleId, @Valid @NotNull ResourceRequest body, @Context UriInfo uri) {
        var resource = library.addLink(moduleId, body.toDraft());
        return Responses.created(uri, COLLECTION, resource, ModuleResourceView.of(resource));
    }

    @POST
    @Path("uploads")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a file to the module's library: the request body is the file itself (any Content-Type; "
            + "the type is recognised from the bytes: PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG), its name in the "
            + "X-File-Name header (percent-encoded UTF-8), the English title and the rest in the query; translations of "
            + "the title are added with PUT /module-resources/{id}")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Missing title, kind or language, or an empty file; nothing stored")
    @APIResponse(responseCode = "403", description = "Only administrators and trainers add resources")
    @APIResponse(responseCode = "404", description = "No such module")
    @APIResponse(responseCode = "413", description = "Larger than academy.library.max-file-bytes (10 MB by default); nothing stored")
    @APIResponse(responseCode = "415", description = "Not a document type the library keeps; nothing stored")
    public Response upload(@PathParam("id") long moduleId,
                           @Parameter(description = "TEMPLATE, GUIDE or WORKED_EXAMPLE") @QueryParam("kind") String kind,
                           @Parameter(description = "The title in English") @QueryParam("title") String title,
                           @Parameter(description = "The description in English") @QueryParam("description") String description,
                           @Parameter(description = "A language the file is in (en, es, pt, fr); repeat for several") @QueryParam("language") List<String> languages,
                           @HeaderParam(FILE_NAME_HEADER) String fileName, InputStream content, @Context UriInfo uri) {
        // what is missing is told after the access check and the file's type, by the service and the entity
        var draft = new ResourceDraft(kind(kind), title == null || title.isBlank() ? null : LocalizedText.english(title),
                description == null || description.isBlank() ? null : LocalizedText.english(description), Set.copyOf(languages), null);
        var resource = library.addFile(moduleId, draft, decoded(fileName), content);
        return Responses.created(uri, COLLECTION, resource, ModuleResourceView.of(resource));
    }

    /** A kind by its name; an unknown one is a bad request, not a missing resource as JAX-RS would answer. */
    private static ResourceKind kind(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return ResourceKind.valueOf(name.trim());
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("kind must be one of " + Arrays.toString(ResourceKind.values()) + ", not " + name);
        }
    }

    /** Percent-encoded UTF-8, so names in any language travel in a header; a '+' stays a '+'. */
    private static String decoded(String fileName) {
        return fileName == null ? null : URLDecoder.decode(fileName.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
