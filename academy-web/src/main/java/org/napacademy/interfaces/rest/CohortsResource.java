package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CohortService;
import org.napacademy.application.CurriculumService;
import org.napacademy.application.DelegationService;
import org.napacademy.domain.model.programme.CohortFilter;
import org.napacademy.domain.model.programme.CohortStatus;
import org.napacademy.domain.model.programme.CohortSummary;
import org.napacademy.domain.model.shared.ListOrder;
import org.napacademy.domain.model.user.UserAccount;

@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Editions of a programme: status, trainers, delegations and sessions")
public class CohortsResource {

    @Inject CohortService cohorts;
    @Inject DelegationService delegations;
    @Inject CurriculumService curriculum;

    @GET
    @Operation(summary = "A page of cohorts, newest first unless sorted otherwise")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "Unknown status or sort")
    public Response list(@Parameter(description = "text in the cohort's name, programme or city, ignoring case") @QueryParam("q") String text,
                         @Parameter(description = "only cohorts in this status: PLANNED, IN_SESSION, ACCOMPANIMENT, CLOSED")
                         @QueryParam("status") String status,
                         @Parameter(description = "name, programme, city, start or status; a leading - sorts descending (default -start)")
                         @QueryParam("sort") String sort,
                         @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var filter = new CohortFilter(text, QueryValues.enumOf(CohortStatus.class, "status", status),
                ListOrder.parse(sort, CohortFilter.SORTS, CohortFilter.NEWEST_FIRST));
        var summaries = cohorts.summaries(filter, page.offset(), page.limit());
        var trainers = cohorts.trainersOf(summaries.stream().map(CohortSummary::id).toList());
        var items = summaries.stream().map(s -> CohortView.of(s, trainers.get(s.id()))).toList();
        return Paged.of(items, cohorts.countCohorts(filter), page, uri);
    }

    @POST
    @Operation(summary = "Plan a cohort of a programme")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body, unknown country or time zone")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response create(@Valid @ConvertGroup(from = Default.class, to = Creation.class) @NotNull CohortRequest body,
                           @Context UriInfo uri) {
        var details = cohorts.create(body.toDraft());
        return Responses.created(uri, "cohorts", details.cohort(), CohortView.of(details));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One cohort")
    @APIResponse(responseCode = "200", description = "The cohort; ETag")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public Response get(@PathParam("id") long id) {
        var details = cohorts.details(id);
        return Responses.ok(details.cohort(), CohortView.of(details));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a cohort's name, venue, dates (while planned) and trainers (when given)")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "A rule forbids the change")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull CohortRequest body, @Context HttpHeaders headers) {
        var details = cohorts.update(id, Etags.expectedVersion(headers, body.version()), body.toDraft());
        return Responses.ok(details.cohort(), CohortView.of(details));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a cohort without delegations, with its sessions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "422", description = "The cohort has delegations")
    public Response delete(@PathParam("id") long id, @Context HttpHeaders headers) {
        cohorts.delete(id, Etags.expectedVersion(headers, null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move a cohort to another status (PLANNED > IN_SESSION > ACCOMPANIMENT > CLOSED)")
    @APIResponse(responseCode = "200", description = "The cohort in its new status; ETag")
    @APIResponse(responseCode = "422", description = "Transition not allowed")
    public Response changeStatus(@PathParam("id") long id, @Valid @NotNull CohortStatusRequest body,
                                 @Context HttpHeaders headers) {
        var details = cohorts.changeStatus(id, OptionalVersion.of(headers, body.version()), body.status());
        return Responses.ok(details.cohort(), CohortView.of(details));
    }

    @PUT
    @Path("{id}/trainers")
    @Operation(summary = "Replace the cohort's trainers (usernames); needs If-Match")
    @APIResponse(responseCode = "200", description = "The cohort; new ETag")
    @APIResponse(responseCode = "422", description = "A released trainer still runs sessions")
    @APIResponse(responseCode = "428", description = "No If-Match")
    public Response replaceTrainers(@PathParam("id") long id,
            @NotNull Set<@NotNull @Pattern(regexp = UserAccount.USERNAME_PATTERN, message = "must be a username") String> usernames,
            @Context HttpHeaders headers) {
        var details = cohorts.replaceTrainers(id, Etags.expectedVersion(headers, null), usernames);
        return Responses.ok(details.cohort(), CohortView.of(details));
    }

    @GET
    @Path("{id}/delegations")
    @Operation(summary = "All delegations of the cohort, by country name")
    @APIResponse(responseCode = "200", description = "JSON array")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public List<DelegationView> delegations(@PathParam("id") long id) {
        return delegations.ofCohort(id).stream().map(DelegationView::of).toList();
    }

    @POST
    @Path("{id}/delegations")
    @Operation(summary = "Add a country's delegation, with its empty draft roadmap")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body or unknown country")
    @APIResponse(responseCode = "422", description = "The country already has a delegation in this cohort")
    public Response addDelegation(@PathParam("id") long id, @Valid @NotNull NewDelegationRequest body, @Context UriInfo uri) {
        var details = delegations.create(id, body.countryCode());
        return Responses.created(uri, "delegations", details.delegation(), DelegationView.of(details));
    }

    @GET
    @Path("{id}/sessions")
    @Operation(summary = "All sessions of the cohort, by start time")
    @APIResponse(responseCode = "200", description = "JSON array")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public List<SessionView> sessions(@PathParam("id") long id) {
        return curriculum.sessionsOf(id).stream().map(SessionView::of).toList();
    }

    @POST
    @Path("{id}/sessions")
    @Operation(summary = "Plan a session of a module of the cohort's programme, within the cohort's dates")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "422", description = "Outside the cohort's dates, another programme's module, or not a trainer of the cohort")
    public Response planSession(@PathParam("id") long id,
                                @Valid @ConvertGroup(from = Default.class, to = Creation.class) @NotNull SessionRequest body,
                                @Context UriInfo uri) {
        var session = curriculum.planSession(id, body.toDraft());
        return Responses.created(uri, "sessions", session, SessionView.of(session));
    }
}
