package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.DigestRun;
import org.napacademy.application.ReminderDigestService;

@Path("reminders")
@Produces(APPLICATION_JSON)
@Tag(name = "Reminders")
public class RemindersResource {

    @Inject ReminderDigestService digests;

    @POST
    @Path("digest")
    @Operation(summary = "Mail today's reminder digests now to everyone with an e-mail address and something due who has not had "
            + "today's yet; mailConfigured is false (and nothing is sent) while no SMTP server is configured")
    @APIResponse(responseCode = "200", description = "{mailConfigured, sent}: how many digests were mailed")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public DigestRun send() {
        return digests.sendToday();
    }
}
