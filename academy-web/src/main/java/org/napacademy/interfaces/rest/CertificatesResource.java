package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.CertificateService;

/**
 * The public verification of a certificate by its code: the one API operation open without signing in
 * (see {@code AuthenticationFilter}), so a third party, an employer say, can check a certificate shown to them.
 */
@Path("certificates/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificatesResource {
    /** The verification page of the UI, relative to the API's base (…/api/v1/). */
    private static final String VERIFY_PAGE = "../../verify/";

    @Inject CertificateService certificates;

    @GET
    @Operation(summary = "Verify a certificate by its code (public: no sign-in); case, spaces and hyphens in the code do not matter")
    @APIResponse(responseCode = "200", description = "Valid: code, participant's name, cohort, programme, dates, issue time")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    public CertificateVerificationView verify(@PathParam("code") String code) {
        return CertificateVerificationView.of(certificates.verify(code));
    }

    /** The address printed on certificates: the UI's public verification page of a code, on this server. */
    static Function<String, String> verificationUrl(UriInfo uri) {
        var page = uri.getBaseUri().resolve(VERIFY_PAGE);
        return code -> page.resolve(code).toString();
    }
}
