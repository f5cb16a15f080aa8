package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.napacademy.application.security.NewApiToken;

/** {@code expiresInDays} left out: the token works until it is revoked. */
public record ApiTokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(NewApiToken.MAX_DAYS) Integer expiresInDays) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public ApiTokenRequest(String name, Integer expiresInDays) {
        this.name = name;
        this.expiresInDays = expiresInDays;
    }

    NewApiToken toCommand() { return new NewApiToken(name, expiresInDays); }
}
