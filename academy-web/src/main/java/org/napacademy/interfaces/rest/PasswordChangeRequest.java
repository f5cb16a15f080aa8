package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.UserService;

/** Body of PUT /me/password: the current password, and the new one. */
public record PasswordChangeRequest(
        @NotNull String currentPassword,
        @NotNull @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200, message = "must have at least {min} characters") String newPassword) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public PasswordChangeRequest(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }
}
