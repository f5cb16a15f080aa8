package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CertificateService;

/** The certificates of participation of a cohort: who earned one, and issuing them. The cohort's trainers only. */
@Path("cohorts/{id}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Certificates of participation and their public verification")
public class CohortCertificatesResource {

    @Inject CertificateService certificates;

    @GET
    @Operation(summary = "Every participant of the cohort with sessions attended, rate, eligibility and the code once issued")
    @APIResponse(responseCode = "200", description = "The participants by country and name (a JSON array, not paged: one cohort)")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public List<CertificateCandidateView> list(@PathParam("id") long id) {
        return certificates.candidates(id).stream().map(CertificateCandidateView::of).toList();
    }

    @POST
    @Operation(summary = "Issue a certificate to every eligible participant who has none; issuing again keeps the codes")
    @APIResponse(responseCode = "200", description = "The participants as GET lists them, codes included")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public List<CertificateCandidateView> issue(@PathParam("id") long id) {
        return certificates.issue(id).stream().map(CertificateCandidateView::of).toList();
    }
}
