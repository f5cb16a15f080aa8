package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.ProgrammeService;
import org.napacademy.domain.model.programme.ProgrammeFilter;
import org.napacademy.domain.model.shared.ListOrder;

/** The programmes side by side with their figures: the administrator's overview, a sponsor's own programmes. */
@Path("programmes/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Academy programmes: languages and roadmap template")
public class ProgrammeSummariesResource {

    @Inject ProgrammeService programmes;

    @GET
    @Operation(summary = "A page of the programmes the caller may read, with their cohorts, delegations, roadmaps and endorsed share")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "Unknown sort")
    public Response list(@Parameter(description = "text in the programme's name, ignoring case") @QueryParam("q") String text,
                         @Parameter(description = "name, cohorts, delegations, roadmaps or endorsed; a leading - sorts descending (default name)")
                         @QueryParam("sort") String sort,
                         @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var filter = new ProgrammeFilter(text, ListOrder.parse(sort, ProgrammeFilter.SORTS, ProgrammeFilter.BY_NAME));
        var items = programmes.summaries(filter, page.offset(), page.limit()).stream().map(ProgrammeSummaryView::of).toList();
        return Paged.of(items, programmes.countProgrammes(filter), page, uri);
    }
}
