package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CertificateService;
import org.napacademy.interfaces.export.CertificatePdf;
import org.napacademy.interfaces.export.FileNames;

/** One participant's certificate: for the cohort's trainers and for the participant's own delegation. */
@Path("participants/{id}/certificate")
@Tag(name = "Certificates")
public class ParticipantCertificateResource {

    @Inject CertificateService certificates;

    @GET
    @Operation(summary = "The participant's certificate of participation as a PDF in their language")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment")
    @APIResponse(responseCode = "403", description = "Neither a trainer of the cohort nor of the participant's delegation")
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(responseCode = "422", description = "Not eligible, or eligible but not issued yet (the detail says which)")
    public Response certificate(@PathParam("id") long id, @Context UriInfo uri) {
        var document = certificates.document(id);
        var participant = document.certificate().participant();
        return Downloads.attachment(out -> CertificatePdf.write(List.of(document), CertificatesResource.verificationUrl(uri), out),
                CertificatePdf.MEDIA_TYPE, FileNames.of("pdf", "certificate", participant.fullName()));
    }
}
