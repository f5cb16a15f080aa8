package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.napacademy.application.UserChanges;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Body of PUT /users/{id}: everything but the username and the password. A null {@code delegationId} unlinks
 * the account from its delegation, null {@code programmeIds} means none, a null or blank {@code email} removes the address. {@code version} is for PUT without If-Match.
 */
public record UserRequest(
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<@NotNull Role> roles,
        Long delegationId,
        Set<@NotNull Long> programmeIds,
        @NotNull Boolean active,
        @Email @Size(max = UserAccount.EMAIL_MAX) String email,
        Long version) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public UserRequest(String displayName, Set<Role> roles, Long delegationId, Set<Long> programmeIds, Boolean active, String email,
            Long version) {
        this.displayName = displayName;
        this.roles = roles;
        this.delegationId = delegationId;
        this.programmeIds = programmeIds;
        this.active = active;
        this.email = email;
        this.version = version;
    }

    UserChanges toChanges() { return new UserChanges(displayName, roles, delegationId, programmeIds, active, email); }
}
