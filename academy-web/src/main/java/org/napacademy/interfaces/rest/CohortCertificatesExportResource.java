package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CertificateService;
import org.napacademy.interfaces.export.CertificatePdf;
import org.napacademy.interfaces.export.FileNames;

/** All issued certificates of a cohort in one PDF, beside the cohort's other exports. */
@Path("cohorts/{id}/exports/certificates")
@Tag(name = "Certificates")
public class CohortCertificatesExportResource {

    @Inject CertificateService certificates;

    @GET
    @Operation(summary = "The cohort's issued certificates as one PDF, a landscape page each in its participant's language")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
    @APIResponse(responseCode = "403", description = "Not a trainer of the cohort")
    @APIResponse(responseCode = "404", description = "No such cohort")
    @APIResponse(responseCode = "422", description = "No certificate issued yet")
    public Response export(@PathParam("id") long id, @Context UriInfo uri) {
        var documents = certificates.documents(id);
        var cohort = documents.get(0).certificate().cohort().name();
        return Downloads.attachment(out -> CertificatePdf.write(documents, CertificatesResource.verificationUrl(uri), out),
                CertificatePdf.MEDIA_TYPE, FileNames.of("pdf", "certificates", cohort));
    }
}
