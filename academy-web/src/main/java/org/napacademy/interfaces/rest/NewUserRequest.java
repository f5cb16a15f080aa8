package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.napacademy.application.NewUser;
import org.napacademy.application.UserService;
import org.napacademy.domain.model.user.Role;
import org.napacademy.domain.model.user.UserAccount;

/**
 * Body of POST /users. {@code delegationId} links a DELEGATE to their delegation, {@code programmeIds} are the
 * programmes a SPONSOR funds; {@code password} is the initial password (at least 10 characters), never shown again; {@code email}, optional, is where reminders are mailed.
 */
public record NewUserRequest(
        @NotNull @Pattern(regexp = UserAccount.USERNAME_PATTERN,
                message = "must be 3 to 100 lower-case letters, digits or . _ @ -, starting with a letter or digit") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200, message = "must have at least {min} characters") String password,
        @NotEmpty Set<@NotNull Role> roles,
        Long delegationId,
        Set<@NotNull Long> programmeIds,
        @Email @Size(max = UserAccount.EMAIL_MAX) String email) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public NewUserRequest(String username, String displayName, String password, Set<Role> roles, Long delegationId,
            Set<Long> programmeIds, String email) {
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.roles = roles;
        this.delegationId = delegationId;
        this.programmeIds = programmeIds;
        this.email = email;
    }

    NewUser toCommand() { return new NewUser(username, displayName, password, roles, delegationId, programmeIds, email); }
}
