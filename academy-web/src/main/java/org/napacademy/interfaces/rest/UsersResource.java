package org.napacademy.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.napacademy.application.UserService;
import org.napacademy.domain.model.user.Role;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "User accounts, their roles and links (administrators only)")
public class UsersResource {

    @Inject UserService users;

    @GET
    @Operation(summary = "A page of user accounts, by username")
    @APIResponse(responseCode = "200", description = "JSON array; X-Total-Count and Link headers")
    @APIResponse(responseCode = "400", description = "Unknown role")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response list(@Parameter(description = "only accounts with this role: ADMIN, TRAINER, DELEGATE or SPONSOR")
                         @QueryParam("role") String role,
                         @Parameter(description = "text in the username or display name, ignoring case") @QueryParam("q") String text,
                         @Valid @BeanParam PageParams page, @Context UriInfo uri) {
        var wanted = QueryValues.enumOf(Role.class, "role", role);
        var items = users.page(wanted, text, page.offset(), page.limit()).stream().map(UserView::of).toList();
        return Paged.of(items, users.count(wanted, text), page, uri);
    }

    @POST
    @Operation(summary = "Create a user account with its roles, delegation (a delegate) and programmes (a sponsor)")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag")
    @APIResponse(responseCode = "400", description = "Invalid body, e.g. a password shorter than 10 characters")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "422", description = "Username taken, or a link the roles do not allow")
    public Response create(@Valid @NotNull NewUserRequest body, @Context UriInfo uri) {
        var account = users.create(body.toCommand());
        return Responses.created(uri, "users", account, UserView.of(account));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user account")
    @APIResponse(responseCode = "200", description = "The account; ETag")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response get(@PathParam("id") long id) {
        var account = users.user(id);
        return Responses.ok(account, UserView.of(account));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an account's display name, roles, delegation, programmes and active flag")
    @APIResponse(responseCode = "200", description = "Updated; new ETag")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "412", description = "Stale version")
    @APIResponse(responseCode = "422", description = "A rule refused it, e.g. an administrator deactivating themself")
    @APIResponse(responseCode = "428", description = "No version given")
    public Response update(@PathParam("id") long id, @Valid @NotNull UserRequest body, @Context HttpHeaders headers) {
        var account = users.update(id, Etags.expectedVersion(headers, body.version()), body.toChanges());
        return Responses.ok(account, UserView.of(account));
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password for an account")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", description = "Shorter than 10 characters")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordRequest body) {
        users.resetPassword(id, body.password());
        return Response.noContent().build();
    }
}
