package org.napacademy.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.napacademy.domain.model.user.UserAccount;

/** Body of PUT /me/email: where reminders are mailed; null or blank removes the address. */
public record EmailRequest(@Email @Size(max = UserAccount.EMAIL_MAX) String email) {

    /** Written out so the constraints stay off its parameters, where Payara's OpenAPI generator fails (payara/Payara#7649). */
    public EmailRequest(String email) {
        this.email = email;
    }
}
