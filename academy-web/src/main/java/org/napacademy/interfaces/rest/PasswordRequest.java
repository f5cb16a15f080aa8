package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.napacademy.application.UserService;

/** Body of PUT /users/{id}/password: the new password an administrator sets. */
public record PasswordRequest(
        @NotNull @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200, message = "must have at least {min} characters") String password) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public PasswordRequest(String password) {
        this.password = password;
    }
}
