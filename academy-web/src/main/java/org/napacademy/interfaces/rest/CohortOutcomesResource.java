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

/** Read-only outcome figures for sponsors: counts, rates and derived progress, never names or e-mails. */
@Path("cohorts/{cohortId}/outcomes")
@Produces(APPLICATION_JSON)
@Tag(name = "Outcomes", description = "What cohorts achieved: training, roadmaps, budgets, accompaniment, NAP status")
public class CohortOutcomesResource {

    @Inject OutcomeService outcomes;

    @GET
    @Operation(summary = "A cohort's outcomes: participants by sex and institution type, attendance, feedback, and per delegation roadmap progress, budget, check-ins, assistance and NAP status")
    @APIResponse(responseCode = "200", description = "The outcomes, computed on reading")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public CohortOutcomesView get(@PathParam("cohortId") long cohortId) {
        return CohortOutcomesView.of(outcomes.ofCohort(cohortId));
    }
}
