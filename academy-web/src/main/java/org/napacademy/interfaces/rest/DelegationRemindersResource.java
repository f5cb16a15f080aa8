package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ReminderService;

@Path("delegations/{delegationId}/reminders")
@Produces(APPLICATION_JSON)
@Tag(name = "Reminders")
public class DelegationRemindersResource {

    @Inject ReminderService reminders;

    @GET
    @Operation(summary = "The delegation's overdue check-ins and its milestones due in the next 30 days (empty lists when nothing is due)")
    @APIResponse(responseCode = "200", description = "The delegation's reminders")
    @APIResponse(responseCode = "403", description = "Not the delegation's delegate, a trainer of its cohort or an administrator")
    @APIResponse(responseCode = "404", description = "No such delegation")
    public DelegationRemindersView get(@PathParam("delegationId") long delegationId) {
        return DelegationRemindersView.of(reminders.ofDelegation(delegationId));
    }
}
