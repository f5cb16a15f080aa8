package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.UserService;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in user's own account")
public class MeResource {

    @Inject UserService users;

    @GET
    @Operation(summary = "The signed-in user's account")
    @APIResponse(responseCode = "200", description = "The account; ETag")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response get() {
        var account = users.me();
        return Responses.ok(account, UserView.of(account));
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change the signed-in user's password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The new password is shorter than 10 characters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "The current password is not right")
    public Response changePassword(@Valid @NotNull PasswordChangeRequest body) {
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("language")
    @Operation(summary = "Keep the signed-in user's language for the user interface (en, es, pt, fr)")
    @APIResponse(responseCode = "204", description = "Kept: the next sign-in opens in it")
    @APIResponse(responseCode = "400", description = "Not one of en, es, pt, fr")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response rememberLanguage(@Valid @NotNull LanguageRequest body) {
        users.rememberLanguage(body.language());
        return Response.noContent().build();
    }

    @PUT
    @Path("email")
    @Operation(summary = "Set or remove (null or blank) the signed-in user's e-mail address, where reminder digests are mailed")
    @APIResponse(responseCode = "200", description = "The account; new ETag")
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Response changeEmail(@Valid @NotNull EmailRequest body) {
        var account = users.changeOwnEmail(body.email());
        return Responses.ok(account, UserView.of(account));
    }
}
