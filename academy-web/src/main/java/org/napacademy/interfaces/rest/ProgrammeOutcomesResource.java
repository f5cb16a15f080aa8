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
import org.napacademy.application.OutcomeService;

@Path("programmes/{programmeId}/outcomes")
@Produces(APPLICATION_JSON)
@Tag(name = "Outcomes")
public class ProgrammeOutcomesResource {

    @Inject OutcomeService outcomes;

    @GET
    @Operation(summary = "The programme's cohorts side by side, oldest first, each with the figures of its own outcomes")
    @APIResponse(responseCode = "200", description = "The outcomes of every cohort of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public ProgrammeOutcomesView get(@PathParam("programmeId") long programmeId) {
        return ProgrammeOutcomesView.of(outcomes.ofProgramme(programmeId));
    }
}
