package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.AccompanimentService;
import org.napacademy.domain.model.accompaniment.AssistanceFilter;
import org.napacademy.domain.model.accompaniment.AssistanceOrder;
import org.napacademy.domain.model.accompaniment.AssistanceStatus;
import org.napacademy.domain.model.accompaniment.Urgency;

@Path("assistance-requests")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Accompaniment")
public class AssistanceRequestResource {

    @Inject AccompanimentService accompaniment;

    @GET
    @Operation(summary = "The queue: a page of the requests the caller follows (a trainer: of the cohorts they train; a delegate: "
            + "their delegation's), filtered by status, urgency, module and country; sorted OLDEST_OPEN_FIRST unless "
            + "sort says OLDEST_FIRST, NEWEST_FIRST, MOST_URGENT_FIRST or LEAST_URGENT_FIRST")
    @APIResponse(responseCode = "200", description = "The requests; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "An unknown status, urgency, sort or a bad page")
    public Response queue(@QueryParam("status") String status, @QueryParam("urgency") String urgency,
                          @QueryParam("moduleId") Long moduleId, @QueryParam("country") String country,
                          @QueryParam("sort") String sort, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var filter = new AssistanceFilter(named(AssistanceStatus.class, status), named(Urgency.class, urgency), moduleId,
                country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT));
        var order = sort == null || sort.isBlank() ? AssistanceOrder.OLDEST_OPEN_FIRST : named(AssistanceOrder.class, sort);
        var requests = accompaniment.queue(filter, order, page.offset(), page.limit());
        return Paged.of(requests.stream().map(AssistanceRequestView::of).toList(), accompaniment.countQueue(filter), page, uri);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assistance request")
    @APIResponse(responseCode = "200", description = "The request, with its ETag")
    @APIResponse(responseCode = "404", description = "No such request")
    public Response get(@PathParam("id") long id) {
        var request = accompaniment.request(id);
        return Responses.ok(request, AssistanceRequestView.of(request));
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer the request (a later answer replaces an earlier one)")
    @APIResponse(responseCode = "200", description = "The answered request")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "The request is closed")
    public Response answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest body, @Context HttpHeaders headers) {
        var request = accompaniment.answer(id, OptionalVersion.of(headers, body.version()), body.answer());
        return Responses.ok(request, AssistanceRequestView.of(request));
    }

    @PUT
    @Path("{id}/mentoring-session")
    @Operation(summary = "Schedule the request's mentoring session, or move it; startsAt is the venue's wall-clock time")
    @APIResponse(responseCode = "201", description = "The first session of the request: the scheduled request, with ETag")
    @APIResponse(responseCode = "200", description = "The session moved: the scheduled request, with ETag")
    @APIResponse(responseCode = "400", description = "Invalid body or meeting link")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "422", description = "The request is closed, or the session would start before it was raised")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response scheduleMentoring(@PathParam("id") long id, @Valid @NotNull MentoringSessionRequest body,
                                      @Context HttpHeaders headers, @Context UriInfo uri) {
        var scheduled = accompaniment.scheduleMentoring(id, Etags.expectedVersion(headers, body.version()), body.toCommand());
        var request = scheduled.request();
        var view = AssistanceRequestView.of(request);
        if (!scheduled.firstSession()) return Responses.ok(request, view);
        return Response.created(uri.getAbsolutePath()).tag(Etags.of(request)).entity(view).build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the request (the version read in If-Match or the body's version)")
    @APIResponse(responseCode = "200", description = "The closed request")
    @APIResponse(responseCode = "412", description = "The request changed since it was read")
    @APIResponse(responseCode = "422", description = "The request is already closed")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response close(@PathParam("id") long id, ClosingRequest body, @Context HttpHeaders headers) {
        var request = accompaniment.close(id, Etags.expectedVersion(headers, body == null ? null : body.version()));
        return Responses.ok(request, AssistanceRequestView.of(request));
    }

    /** A constant by its name, any case; an unknown name is the caller's mistake (400), none no filter. */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(name + " is none of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
