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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CurriculumService;

@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Sessions of cohorts, their attendance and feedback")
public class SessionsResource {

    @Inject CurriculumService curriculum;

    @GET
    @Path("{id}")
    @Operation(summary = "One session")
    @APIResponse(responseCode = "200", description = "The session; ETag")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response get(@PathParam("id") long id) {
        var session = curriculum.session(id);
        return Responses.ok(session, SessionView.of(session));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Reschedule a session, change its room and (when given) its trainers")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "Outside the cohort's dates, or not a trainer of the cohort")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull SessionRequest body, @Context HttpHeaders headers) {
        var session = curriculum.updateSession(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(session, SessionView.of(session));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a session with its attendance and feedback")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        curriculum.deleteSession(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "One row per participant of the cohort's delegations, status null when not taken")
    @APIResponse(responseCode = "200", description = "JSON array")
    public List<AttendanceView> attendance(@PathParam("id") long id) {
        return curriculum.attendance(id).stream().map(AttendanceView::of).toList();
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(summary = "Record attendance of several participants, all or nothing")
    @APIResponse(responseCode = "200", description = "The whole attendance list after recording")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "A participant is unknown or not in the cohort; nothing recorded")
    public List<AttendanceView> recordAttendance(@PathParam("id") long id,
                                                 @NotNull List<@Valid @NotNull AttendanceRequest> marks) {
        return curriculum.recordAttendance(id, marks.stream().map(AttendanceRequest::toMark).toList())
                .stream().map(AttendanceView::of).toList();
    }

    @GET
    @Path("{id}/feedback")
    @Operation(summary = "A page of the session's feedback, oldest first")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    public Response feedback(@PathParam("id") long id, @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var items = curriculum.feedback(id, page.offset(), page.limit()).stream().map(FeedbackView::of).toList();
        return Paged.of(items, curriculum.countFeedback(id), page, uri);
    }

    @POST
    @Path("{id}/feedback")
    @Operation(summary = "Give feedback on a session, named or anonymous")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body (e.g. a rating outside 1-5)")
    @APIResponse(responseCode = "422", description = "The participant already gave feedback or is not in the cohort")
    public Response giveFeedback(@PathParam("id") long id, @Valid @NotNull FeedbackRequest body, @Context UriInfo uri) {
        var feedback = curriculum.giveFeedback(id, body.toDraft());
        return Responses.created(uri, "sessions/" + id + "/feedback", feedback, FeedbackView.of(feedback));
    }

    @GET
    @Path("{id}/feedback/{feedbackId}")
    @Operation(summary = "One piece of feedback")
    @APIResponse(responseCode = "200", description = "The feedback; ETag")
    @APIResponse(responseCode = "404", description = "No such session or feedback")
    public Response oneFeedback(@PathParam("id") long id, @PathParam("feedbackId") long feedbackId) {
        var feedback = curriculum.feedback(id, feedbackId);
        return Responses.ok(feedback, FeedbackView.of(feedback));
    }
}
