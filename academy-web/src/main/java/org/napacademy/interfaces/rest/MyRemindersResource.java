package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ReminderService;

@Path("me/reminders")
@Produces(APPLICATION_JSON)
@Tag(name = "Reminders", description = "Overdue check-ins and milestones due in the next 30 days")
public class MyRemindersResource {

    @Inject ReminderService reminders;

    @GET
    @Operation(summary = "The signed-in user's reminders, one entry per delegation with something due: a delegate's own delegation, "
            + "a trainer's the delegations of the open cohorts they train, an administrator's every open cohort's; a sponsor has none")
    @APIResponse(responseCode = "200", description = "JSON array, newest cohort first")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<DelegationRemindersView> mine() {
        return reminders.mine().stream().map(DelegationRemindersView::of).toList();
    }
}
