package org.napacademy.interfaces.rest;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.security.ApiTokenService;

/** The signed-in user's personal API tokens; nobody sees or revokes another user's. */
@Path("me/tokens")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Sign-in")
public class MyTokensResource {

    @Inject ApiTokenService tokens;

    @GET
    @Operation(summary = "My API tokens, newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "The tokens, revoked and expired ones included")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<ApiTokenView> list() {
        return tokens.mine().stream().map(ApiTokenView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my API tokens, without its secret")
    @APIResponse(responseCode = "200", description = "The token, with its ETag")
    @APIResponse(responseCode = "404", description = "No such token of mine")
    public Response get(@PathParam("id") long id) {
        var token = tokens.mine(id);
        return Responses.ok(token, ApiTokenView.of(token));
    }

    @POST
    @Operation(summary = "Create an API token; its secret is in this answer only, send it as 'Authorization: Bearer <secret>'")
    @APIResponse(responseCode = "201", description = "The token with its secret, Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body")
    public Response create(@Valid @NotNull ApiTokenRequest body, @Context UriInfo uri) {
        var created = tokens.create(body.toCommand());
        return Responses.created(uri, "me/tokens", created.token(), CreatedApiTokenView.of(created));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked (revoking again changes nothing)")
    @APIResponse(responseCode = "404", description = "No such token of mine")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
