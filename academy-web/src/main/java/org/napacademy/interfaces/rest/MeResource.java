package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
}
